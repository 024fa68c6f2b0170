package org.hromada.console.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.osgi.framework.Bundle;

/** A bundle whose entries are the files under a folder: enough for the console's code, no framework. */
final class FakeBundle {
    private FakeBundle() {
    }

    static Bundle of(long id, Path root) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getEntry" -> {
                        Path file = root.resolve((String) args[0]);
                        yield Files.isRegularFile(file) ? file.toUri().toURL() : null;
                    }
                    case "getBundleId" -> id;
                    case "getLastModified" -> 1_000L;
                    case "getSymbolicName" -> "test.bundle." + id;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "FakeBundle " + id;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

package org.hromada.system.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** A real Felix framework in a temporary folder with the deploy watcher running on it. */
final class TestFramework implements AutoCloseable {
    final Path home;
    final Path deploy;
    final Felix felix;
    final BundleContext context;
    final DeployWatcher watcher;

    TestFramework(Path home) throws Exception {
        this.home = home;
        this.deploy = home.resolve("deploy");
        felix = new Felix(Map.of(
                "org.osgi.framework.storage", home.resolve("cache").toString(),
                "org.osgi.framework.storage.clean", "onFirstInit",
                "hromada.deploy.dir", deploy.toString(),
                "hromada.deploy.poll.ms", "30"));
        felix.start();
        context = felix.getBundleContext();
        watcher = new DeployWatcher();
        watcher.activate(context);
    }

    /** Copies a jar into the deploy folder the way a careful integrator does: beside it, then moved in. */
    void copy(Path jar, String name) throws Exception {
        Path temp = deploy.resolve(".copy-" + name);
        Files.copy(jar, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, deploy.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Installs a bundle as the launcher does with bundles/: a core bundle. */
    Bundle installCore(String symbolicName) throws Exception {
        Path jar = TestJars.bundle(home.resolve(symbolicName + "-core.jar"), symbolicName, "1.0.0", Map.of());
        return context.installBundle(home.resolve("bundles").toUri() + "/" + symbolicName + ".jar",
                Files.newInputStream(jar));
    }

    Optional<Bundle> bundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return Optional.of(bundle);
            }
        }
        return Optional.empty();
    }

    DeployRecord record(String file) {
        return watcher.records().stream().filter(r -> r.file().equals(file)).findFirst().orElse(null);
    }

    static <T> T await(String what, Supplier<Optional<T>> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(20);
        }
        return fail("timed out waiting for: " + what);
    }

    @Override
    public void close() throws Exception {
        watcher.deactivate();
        felix.stop();
        felix.waitForStop(10_000);
    }
}

package org.hromada.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Demo mode ({@code demo=true}): puts the example bundles shipped in {@code examples/} into
 * {@code deploy/}, so a first run shows every extension point working. Off by default.
 */
final class DemoBundles {

    private DemoBundles() {
    }

    /** Copies the examples that are not deployed yet; returns their file names. */
    static List<String> deploy(Path examples, Path deploy) throws IOException {
        if (!Files.isDirectory(examples)) {
            return List.of();
        }
        Files.createDirectories(deploy);
        try (Stream<Path> jars = Files.list(examples)) {
            List<Path> missing = jars.filter(p -> p.toString().endsWith(".jar"))
                    .filter(p -> !Files.exists(deploy.resolve(p.getFileName())))
                    .sorted().toList();
            for (Path jar : missing) {
                Files.copy(jar, deploy.resolve(jar.getFileName()));
            }
            return missing.stream().map(p -> p.getFileName().toString()).toList();
        }
    }
}

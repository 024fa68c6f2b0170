package org.hromada.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoBundlesTest {

    @Test
    void copiesOnlyTheExamplesNotDeployedYet(@TempDir Path home) throws Exception {
        Path examples = Files.createDirectories(home.resolve("examples"));
        Files.writeString(examples.resolve("a.jar"), "a");
        Files.writeString(examples.resolve("b.jar"), "b");
        Files.writeString(examples.resolve("README.txt"), "not a jar");
        Path deploy = home.resolve("deploy");
        Files.createDirectories(deploy);
        Files.writeString(deploy.resolve("b.jar"), "changed by the integrator");

        assertEquals(List.of("a.jar"), DemoBundles.deploy(examples, deploy));
        assertEquals("changed by the integrator", Files.readString(deploy.resolve("b.jar")));
        assertEquals(List.of(), DemoBundles.deploy(examples, deploy));
    }
}

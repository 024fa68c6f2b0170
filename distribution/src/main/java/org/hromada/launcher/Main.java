package org.hromada.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts Hromada: reads the configuration, boots an embedded Felix framework whose system bundle
 * exports the flat-classpath libraries, installs and starts the bundles in {@code bundles/}, and
 * stops cleanly on SIGTERM.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path home = Installation.home();
        Settings settings = Settings.load(home, System.getenv());
        Path dataDir = settings.path("data.dir");
        Files.createDirectories(dataDir.resolve("logs"));
        System.setProperty("hromada.log.dir", dataDir.resolve("logs").toString());
        System.setProperty("logback.configurationFile", home.resolve("conf/logback.xml").toString());
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Logger log = LoggerFactory.getLogger(Main.class);

        if (Boolean.parseBoolean(settings.get("demo"))) {
            List<String> demo = DemoBundles.deploy(home.resolve("examples"), settings.path("deploy.dir"));
            if (!demo.isEmpty()) {
                log.info("Demo mode: deployed {}", demo);
            }
        }
        Map<String, String> frameworkProperties = FrameworkProperties.build(home, settings);
        Felix felix = new Felix(new java.util.HashMap<>(frameworkProperties));
        felix.init();
        List<Bundle> installed = installBundles(felix, home.resolve("bundles"), log);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(felix, log), "hromada-shutdown"));
        felix.start();
        for (Bundle bundle : installed) {
            startBundle(bundle, log);
        }
        log.info("Hromada framework started in {} ms: {} bundles, HTTP on {}:{}",
                (System.nanoTime() - started) / 1_000_000, installed.size(),
                settings.get("http.host"), settings.get("http.port"));
        FrameworkEvent event = felix.waitForStop(0);
        if (event.getType() == FrameworkEvent.ERROR) {
            System.exit(1);
        }
    }

    private static List<Bundle> installBundles(Felix felix, Path dir, Logger log) throws Exception {
        List<Bundle> bundles = new ArrayList<>();
        try (Stream<Path> jars = Files.list(dir)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                bundles.add(felix.getBundleContext().installBundle(jar.toUri().toString()));
            }
        }
        log.debug("Installed {} bundles from {}", bundles.size(), dir);
        return bundles;
    }

    private static void startBundle(Bundle bundle, Logger log) {
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        try {
            bundle.start();
        } catch (BundleException | RuntimeException e) {
            // One broken bundle must not stop the server; the bundles API reports it too.
            log.error("Bundle {} did not start: {}", bundle.getSymbolicName(), e.getMessage());
        }
    }

    private static void stop(Felix felix, Logger log) {
        try {
            if ((felix.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                log.info("Stopping Hromada");
                felix.stop();
                felix.waitForStop(20_000);
                log.info("Hromada stopped");
            }
        } catch (Exception e) {
            log.warn("Unclean stop: {}", e.toString());
        }
    }

    /** Where the installation lies: the folder above {@code system/} holding this jar. */
    static final class Installation {
        private Installation() {
        }

        static Path home() throws Exception {
            String configured = System.getProperty("hromada.home");
            if (configured != null) {
                return Path.of(configured).toAbsolutePath().normalize();
            }
            File jar = new File(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toPath().toAbsolutePath().getParent().getParent();
        }
    }
}

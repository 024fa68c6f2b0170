package org.hromada.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The Felix configuration derived from the installation's settings. */
final class FrameworkProperties {

    /**
     * The servlet contracts the system bundle provides, since the servlet APIs are on the flat
     * classpath: Felix HTTP Jetty requires them as osgi.contract capabilities.
     */
    private static final String CONTRACTS = String.join(",",
            "osgi.contract;osgi.contract=JavaServlet;version:List<Version>=\"2.6,3.0,3.1,4.0\";"
                    + "uses:=\"javax.servlet,javax.servlet.http,javax.servlet.descriptor,javax.servlet.annotation\"",
            "osgi.contract;osgi.contract=JakartaServlet;version:List<Version>=\"5.0,6.0,6.1\";"
                    + "uses:=\"jakarta.servlet,jakarta.servlet.http,jakarta.servlet.descriptor,jakarta.servlet.annotation\"");

    private FrameworkProperties() {
    }

    static Map<String, String> build(Path home, Settings settings) throws Exception {
        Map<String, String> props = new HashMap<>();
        settings.all().forEach((key, value) -> props.put("hromada." + key, value));
        props.put("hromada.home", home.toString());
        props.put("hromada.data.dir", settings.path("data.dir").toString());
        props.put("hromada.deploy.dir", settings.path("deploy.dir").toString());
        props.put("hromada.themes.dir", settings.path("themes.dir").toString());

        props.put("org.osgi.framework.storage", settings.path("data.dir").resolve("framework").toString());
        // Start from bundles/ and deploy/ every time: no stale bundle state survives a restart.
        props.put("org.osgi.framework.storage.clean", "onFirstInit");
        props.put("org.osgi.framework.system.packages.extra", SystemPackages.exportClause(classpath()));
        props.put("org.osgi.framework.system.capabilities.extra", CONTRACTS);
        props.put("org.osgi.framework.bootdelegation", "sun.*,com.sun.*,jdk.internal.*");
        props.put("felix.log.level", "1");

        // Felix HTTP (Jetty 12): the only HTTP server.
        props.put("org.osgi.service.http.port", settings.get("http.port"));
        props.put("org.apache.felix.http.host", settings.get("http.host"));
        props.put("org.apache.felix.http.enable", "true");
        props.put("org.apache.felix.http.jakartaEnable", "true");
        props.put("org.apache.felix.http.jetty.sendServerHeader", "false");
        props.put("org.apache.felix.http.session.timeout", "30");
        props.put("org.apache.felix.http.jetty.maxFormSize", String.valueOf(10 * 1024 * 1024));
        // A ceiling for any request body (the largest legitimate one is a 50 MB bundle upload).
        props.put("org.apache.felix.http.jetty.requestSizeLimit", String.valueOf(64L * 1024 * 1024));
        props.put("org.apache.felix.http.name", "hromada");
        // Behind nginx: take the client's address and scheme from X-Forwarded-* (Jetty's
        // ForwardedRequestCustomizer), so sign-in throttling sees clients, not the proxy.
        props.put("org.apache.felix.proxy.load.balancer.connection.enable",
                String.valueOf(Boolean.parseBoolean(settings.all().get("http.behind.proxy"))));
        props.put("org.apache.felix.http.jetty.threadpool.max", settings.all().getOrDefault("http.threads", "50"));
        return props;
    }

    private static String[] classpath() {
        return System.getProperty("java.class.path").split(java.io.File.pathSeparator);
    }
}

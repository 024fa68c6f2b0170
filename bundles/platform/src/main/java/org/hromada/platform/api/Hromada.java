package org.hromada.platform.api;

/**
 * Names of the framework properties the launcher sets from {@code conf/hromada.properties} and
 * {@code HROMADA_*} environment variables. A bundle reads them with
 * {@code BundleContext.getProperty(...)}: key {@code db.url} becomes {@code hromada.db.url}.
 */
public final class Hromada {
    /** Prefix of every Hromada framework property. */
    public static final String PREFIX = "hromada.";
    /** The installation folder (holds bin/, conf/, themes/, deploy/). */
    public static final String HOME = "hromada.home";
    /** The folder for everything written at run time: database, media, indexes, logs. */
    public static final String DATA_DIR = "hromada.data.dir";
    /** The folder watched for bundles to hot-deploy. */
    public static final String DEPLOY_DIR = "hromada.deploy.dir";
    /** The folder holding the themes. */
    public static final String THEMES_DIR = "hromada.themes.dir";

    private Hromada() {
    }
}

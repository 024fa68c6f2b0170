package org.hromada.persistence.internal;

import java.io.Reader;
import java.io.StringReader;
import org.flywaydb.core.api.resource.LoadableResource;

/** One SQL migration handed to Flyway from memory (read out of a bundle or the test classpath). */
final class MigrationScript extends LoadableResource {
    private final String location;
    private final String filename;
    private final String sql;

    MigrationScript(String location, String filename, String sql) {
        this.location = location;
        this.filename = filename;
        this.sql = sql;
    }

    @Override
    public Reader read() {
        return new StringReader(sql);
    }

    @Override
    public String getAbsolutePath() {
        return location + "/" + filename;
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return getAbsolutePath();
    }

    @Override
    public String getFilename() {
        return filename;
    }

    @Override
    public String getRelativePath() {
        return filename;
    }
}

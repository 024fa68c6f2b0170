package org.hromada.persistence.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest extends PersistenceContract {
    @TempDir
    Path dataDir;

    @Override
    DatabaseSettings settings() {
        return DatabaseSettings.from(key -> null, dataDir);
    }
}

package org.hromada.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hromada.platform.api.persistence.SqlScripts;
import org.junit.jupiter.api.Test;

class SqlScriptsTest {

    @Test
    void splitsOnlyOutsideQuotesAndDropsComments() {
        String script = "-- a comment; with a semicolon\nINSERT INTO t VALUES ('a;b', 'it''s; fine');\n"
                + "UPDATE t SET x = 1 -- trailing; comment\n WHERE y = 'z';\n\n";
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "UPDATE t SET x = 1 \n WHERE y = 'z'"),
                SqlScripts.split(script));
    }
}

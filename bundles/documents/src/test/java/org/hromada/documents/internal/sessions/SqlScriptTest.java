package org.hromada.documents.internal.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void statementsEndAtSemicolonsOutsideQuotesAndCommentsGo() {
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'Обов''язок')", "SELECT 1"),
                SqlScript.split("-- a comment; with a semicolon\nINSERT INTO t VALUES ('a;b', 'Обов''язок');\n"
                        + "SELECT 1; -- trailing\n"));
    }

    @Test
    void theDemoScriptHasThreeSessionsTheirItemsAndTwoVoteLoads() throws Exception {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/demo/sessions.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = SqlScript.split(script);
        assertEquals(3, statements.stream().filter(s -> s.startsWith("INSERT INTO documents_session ")).count());
        assertEquals(9, statements.stream().filter(s -> s.startsWith("INSERT INTO documents_agenda_item ")).count());
        assertEquals(2, statements.stream().filter(s -> s.startsWith("INSERT INTO documents_vote ")).count());
        assertTrue(statements.stream().allMatch(s -> s.startsWith("INSERT INTO ")), statements.toString());
    }
}

package org.hromada.documents.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hromada.platform.api.persistence.SqlScripts;
import org.junit.jupiter.api.Test;

/** The demo scripts split into the statements they are meant to hold (they run on both databases in the ITs). */
class DemoScriptsTest {

    private static List<String> statements(String name) {
        return SqlScripts.read(DemoScriptsTest.class.getResource("/demo/" + name));
    }

    @Test
    void theDemoRegisterHasAYearOfDocumentsTheirLinksAndTheirAccountingFields() {
        List<String> statements = statements("documents.sql");
        assertTrue(statements.stream().allMatch(s -> s.startsWith("INSERT INTO ") || s.startsWith("UPDATE ")),
                statements.toString());
        assertEquals(41, statements.stream().filter(s -> s.startsWith("INSERT INTO documents_document ")).count());
        assertEquals(39, statements.stream().filter(s -> s.startsWith("UPDATE documents_document SET field = ")).count(),
                "every document but the two restricted ones (inserted with their fields) gets its Article 18 fields");
        assertEquals(2, statements.stream().filter(s -> s.contains("персональні дані (ст. 7")).count());
        assertEquals(7, statements.stream().filter(s -> s.startsWith("INSERT INTO documents_link ")).count());
    }

    @Test
    void theDemoSessionsHaveTheirItemsAndTwoVoteLoads() {
        List<String> statements = statements("sessions.sql");
        assertTrue(statements.stream().allMatch(s -> s.startsWith("INSERT INTO ")), statements.toString());
        assertEquals(3, statements.stream().filter(s -> s.startsWith("INSERT INTO documents_session ")).count());
        assertEquals(9, statements.stream().filter(s -> s.startsWith("INSERT INTO documents_agenda_item ")).count());
        assertEquals(2, statements.stream().filter(s -> s.startsWith("INSERT INTO documents_vote ")).count());
    }
}

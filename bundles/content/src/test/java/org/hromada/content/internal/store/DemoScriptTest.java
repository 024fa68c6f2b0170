package org.hromada.content.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hromada.platform.api.persistence.SqlScripts;
import org.junit.jupiter.api.Test;

class DemoScriptTest {

    @Test
    void theDemoScriptSplitsIntoItsStatements() {
        List<String> statements = SqlScripts.read(getClass().getResource("/demo/content.sql"));
        assertEquals(76, statements.size());
        statements.forEach(s -> assertTrue(s.startsWith("INSERT") || s.startsWith("UPDATE"), s));
    }
}

package org.hromada.disclosure.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hromada.platform.api.persistence.SqlScripts;
import org.junit.jupiter.api.Test;

/** The migration seeds every item of Article 15 as DOMAIN.md section 1.2 itemises it, with both names. */
class CatalogueMigrationTest {
    // ('1.11.3', '1.11', 1, 113, 'name uk', 'name en', TRUE)
    private static final Pattern ROW = Pattern.compile(
            "\\('([^']+)', (NULL|'[^']+'), (\\d), (\\d+), '((?:[^']|'')+)', '((?:[^']|'')+)', (TRUE|FALSE)\\)");

    private static List<Matcher> rows() {
        List<String> statements = SqlScripts.read(CatalogueMigrationTest.class.getResource(
                "/db/disclosure/V1__disclosure_catalogue.sql"));
        String insert = statements.stream().filter(s -> s.startsWith("INSERT INTO disclosure_item ")).findFirst()
                .orElseThrow();
        List<Matcher> rows = new ArrayList<>();
        Matcher m = ROW.matcher(insert);
        while (m.find()) {
            rows.add(matched(m.group()));
        }
        return rows;
    }

    private static Matcher matched(String row) {
        Matcher m = ROW.matcher(row);
        assertTrue(m.matches(), row);
        return m;
    }

    @Test
    void everyItemOfArticle15IsThereInTheLawsOrder() {
        List<String> ids = rows().stream().map(m -> m.group(1)).toList();
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.5-1", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11",
                "1.11.1", "1.11.2", "1.11.3", "1.11.4", "1.11.5", "1.11.6", "1.11.7", "1.11.8", "1.12",
                "2", "3", "4", "5", "6"), ids);
        List<Integer> positions = rows().stream().map(m -> Integer.parseInt(m.group(4))).toList();
        assertEquals(positions.stream().sorted().toList(), positions, "positions follow the law's order");
    }

    @Test
    void thePointsOfItem11BelongToItAndEveryItemHasBothNames() {
        for (Matcher m : rows()) {
            String id = m.group(1);
            assertEquals(id.startsWith("1.11.") ? "'1.11'" : "NULL", m.group(2), id);
            assertEquals(id.contains(".") ? "1" : id, m.group(3), id);
            assertTrue(m.group(5).chars().anyMatch(c -> c >= 0x400 && c < 0x500), "Ukrainian name of " + id);
            assertFalse(m.group(6).chars().anyMatch(c -> c >= 0x400 && c < 0x500), "English name of " + id);
        }
    }

    @Test
    void onlyTheEnterprisesPayDisclosureIsNotNormallyTheCouncilsDuty() {
        List<String> notCouncils = rows().stream().filter(m -> m.group(7).equals("FALSE")).map(m -> m.group(1)).toList();
        assertEquals(List.of("3"), notCouncils);
    }
}

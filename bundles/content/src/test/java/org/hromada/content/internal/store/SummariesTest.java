package org.hromada.content.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummariesTest {

    @Test
    void shortBodiesBecomeTheirPlainText() {
        assertEquals("Сесія відбудеться завтра.", Summaries.fromBody("<p>Сесія <b>відбудеться</b> завтра.</p>"));
        assertEquals("", Summaries.fromBody(null));
    }

    @Test
    void longBodiesAreCutAtAWord() {
        String summary = Summaries.fromBody("<p>" + "слово ".repeat(100) + "</p>");
        assertTrue(summary.length() <= Summaries.LENGTH + 1, summary);
        assertTrue(summary.endsWith("слово…"), summary);
    }

    @Test
    void likePatternsAreEscaped() {
        assertEquals("100!% !_a!!", ContentStore.likeEscaped("100% _a!"));
    }
}

package org.hromada.example.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NotesSectionTest {

    @Test
    void aNoteNeedsATitleOfAtMost200Characters() {
        assertEquals(Map.of("title", "example.error.titleRequired"), NotesSection.errors("  ", ""));
        assertEquals(Map.of("title", "example.error.titleTooLong"), NotesSection.errors("x".repeat(201), ""));
        assertTrue(NotesSection.errors("x".repeat(200), "").isEmpty());
    }

    @Test
    void theTextIsOptionalButBounded() {
        assertTrue(NotesSection.errors("Title", "").isEmpty());
        assertEquals(Map.of("body", "example.error.bodyTooLong"), NotesSection.errors("Title", "y".repeat(5001)));
    }
}

package org.hromada.content.internal.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void wordsAddedAndRemovedAreMarked() {
        assertEquals(List.of(new TextDiff.Run("same", "<p>Ремонт "), new TextDiff.Run("removed", "школи"),
                        new TextDiff.Run("added", "лікарні"), new TextDiff.Run("same", " завершено</p>")),
                TextDiff.of("<p>Ремонт школи завершено</p>", "<p>Ремонт лікарні завершено</p>"));
    }

    @Test
    void emptySidesAreOneRun() {
        assertEquals(List.of(new TextDiff.Run("added", "новий текст")), TextDiff.of(null, "новий текст"));
        assertEquals(List.of(), TextDiff.of("", ""));
    }
}

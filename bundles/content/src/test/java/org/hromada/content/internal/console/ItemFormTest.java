package org.hromada.content.internal.console;

import org.hromada.platform.api.console.ConsoleForms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.web.ItemRequest;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.junit.jupiter.api.Test;

class ItemFormTest {

    static ConsoleRequest post(Map<String, List<String>> params) {
        return new ConsoleRequest("POST", "/new", params, List.of(),
                new Identity("olena", Set.of("editor"), Channels.CONSOLE), Locale.forLanguageTag("uk"), "/console/news", "csrf");
    }

    private static Map<String, List<String>> fields(String... pairs) {
        Map<String, List<String>> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return params;
    }

    @Test
    void kyivWallClockBecomesAnInstantAndBack() {
        // Summer (UTC+3) and winter (UTC+2).
        assertEquals(Optional.of(Instant.parse("2026-07-01T06:30:00Z")), ConsoleForms.kyivInstant("2026-07-01T09:30"));
        assertEquals(Optional.of(Instant.parse("2026-01-15T07:00:00Z")), ConsoleForms.kyivInstant("2026-01-15T09:00"));
        assertEquals("2026-07-01T09:30", ConsoleForms.kyivInput(Instant.parse("2026-07-01T06:30:00Z")));
        assertEquals("2026-01-15T09:00", ConsoleForms.kyivInput(Instant.parse("2026-01-15T07:00:59Z")));
        assertEquals("", ConsoleForms.kyivInput(null));
        assertEquals(Optional.of(Instant.parse("2026-07-01T06:30:15Z")), ConsoleForms.kyivInstant("2026-07-01T09:30:15"));
    }

    @Test
    void unreadableTimesAreEmptyNotErrors() {
        assertTrue(ConsoleForms.kyivInstant("").isEmpty());
        assertTrue(ConsoleForms.kyivInstant(null).isEmpty());
        assertTrue(ConsoleForms.kyivInstant("01.07.2026 09:30").isEmpty());
        assertTrue(ConsoleForms.kyivInstant("2026-02-30T10:00").isEmpty());
    }

    @Test
    void theSpringGapMovesForward() {
        // 2026-03-29 03:00 Kyiv does not exist (clocks go from 03:00 to 04:00).
        assertEquals(Optional.of(Instant.parse("2026-03-29T01:30:00Z")), ConsoleForms.kyivInstant("2026-03-29T03:30"));
    }

    @Test
    void tagsAreTrimmedDeduplicatedAndKeptInOrder() {
        assertEquals(List.of("бюджет", "школа", "ремонт"), ItemForm.tags(" бюджет, школа,,ремонт ; школа\n"));
        assertEquals(List.of(), ItemForm.tags("  "));
        assertEquals(List.of(), ItemForm.tags(null));
    }

    @Test
    void checkboxesAreOnForAnyTrueishValue() {
        assertTrue(ItemForm.checkbox(List.of("true")));
        assertTrue(ItemForm.checkbox(List.of("on")));
        assertTrue(ItemForm.checkbox(List.of("false", "true")));
        assertFalse(ItemForm.checkbox(List.of()));
        assertFalse(ItemForm.checkbox(List.of("false")));
        assertFalse(ItemForm.checkbox(List.of("")));
    }

    @Test
    void aGoodFormMakesTheStoresRequest() {
        ItemForm form = ItemForm.of(post(fields("title", "  Ремонт школи ", "language", "uk", "body", "<p>Текст</p>",
                "tags", "школа, ремонт", "pinned", "true", "publishAt", "2026-07-01T09:30", "section", "osvita",
                "coverId", "5", "version", "3")));
        ItemRequest req = form.toRequest(ContentType.NEWS, false).orElseThrow();
        assertEquals("Ремонт школи", req.title());
        assertEquals(List.of("школа", "ремонт"), req.tags());
        assertEquals(Boolean.TRUE, req.pinned());
        assertEquals(Instant.parse("2026-07-01T06:30:00Z"), req.publishAt());
        assertNull(req.unpublishAt());
        assertEquals(5L, req.coverId());
        assertEquals(3L, req.version());
        assertNull(req.parentId()); // news have no parent
    }

    @Test
    void anUncheckedPinIsFalseAndAnEmptyCoverRemovesItOnUpdate() {
        ItemForm form = ItemForm.of(post(fields("title", "A", "language", "en")));
        ItemRequest update = form.toRequest(ContentType.PAGE, false).orElseThrow();
        assertEquals(Boolean.FALSE, update.pinned());
        assertEquals(0L, update.coverId());
        ItemRequest create = ItemForm.of(post(fields("title", "A", "language", "en"))).toRequest(ContentType.PAGE, true)
                .orElseThrow();
        assertNull(create.coverId());
        assertNull(create.version());
    }

    @Test
    void badFieldsAreReportedAndWhatWasTypedIsKept() {
        ItemForm form = ItemForm.of(post(fields("title", " ", "language", "de", "publishAt", "tomorrow",
                "unpublishAt", "2026-01-01T10:00", "section", "Освіта", "coverId", "abc", "summary", "Мій опис")));
        assertTrue(form.toRequest(ContentType.NEWS, true).isEmpty());
        assertEquals("content.error.required", form.errors().get("title"));
        assertEquals("content.error.language", form.errors().get("language"));
        assertEquals("content.error.time", form.errors().get("publishAt"));
        assertEquals("content.error.section", form.errors().get("section"));
        assertEquals("content.error.number", form.errors().get("coverId"));
        assertEquals("tomorrow", form.value("publishAt"));
        assertEquals("Мій опис", form.value("summary"));
        assertEquals("Освіта", form.value("section"));
    }

    @Test
    void unpublishBeforePublishIsAnError() {
        ItemForm form = ItemForm.of(post(fields("title", "A", "language", "uk", "publishAt", "2026-05-02T10:00",
                "unpublishAt", "2026-05-01T10:00")));
        assertTrue(form.toRequest(ContentType.NEWS, true).isEmpty());
        assertEquals("content.error.unpublishAt", form.errors().get("unpublishAt"));
    }

    @Test
    void emptiedTimesAndParentAreUnset() {
        ItemForm form = ItemForm.of(post(fields("title", "A", "language", "uk", "publishAt", "2026-05-02T10:00",
                "unpublishAt", "", "parentId", " ")));
        assertEquals(Set.of("unpublishAt", "parentId"), form.emptied());
    }

    @Test
    void storeErrorsLandOnTheirFields() {
        ItemForm form = ItemForm.of(post(fields("title", "A", "language", "uk")));
        form.storeErrors(List.of(new org.hromada.platform.api.web.FieldError("parentId", "would loop"),
                new org.hromada.platform.api.web.FieldError("weird", "x")));
        assertEquals("content.error.store.parentId", form.errors().get("parentId"));
        assertEquals("content.error.store.other", form.errors().get("form"));
    }

    @Test
    void filtersBecomeAQueryString() {
        Map<String, Object> filters = new java.util.LinkedHashMap<>();
        filters.put("status", "draft");
        filters.put("q", "ремонт школи");
        filters.put("section", "");
        filters.put("mine", true);
        assertEquals("status=draft&q=%D1%80%D0%B5%D0%BC%D0%BE%D0%BD%D1%82+%D1%88%D0%BA%D0%BE%D0%BB%D0%B8&mine=true",
                ConsoleViews.query(filters));
    }
}

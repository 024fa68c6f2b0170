package org.hromada.requests.internal.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.junit.jupiter.api.Test;

/** What may be stored as the request office, and how the site shows it in each language. */
class OfficeRulesTest {

    static Office office(String postal, String email, String phone) {
        return new Office(" Загальний відділ ", "", postal, null, email, phone, "Пн–Пт 9:00–18:00", " ", null, null);
    }

    private static List<FieldError> errors(Office sent) {
        ProblemException e = assertThrows(ProblemException.class, () -> OfficeRules.check(sent));
        assertEquals(422, e.status());
        return e.errors();
    }

    private static List<String> fields(Office sent) {
        return errors(sent).stream().map(FieldError::field).toList();
    }

    @Test
    void aValidOfficeIsTrimmedAndBlanksBecomeNull() {
        Office o = OfficeRules.check(office(" вул. Соборна, 1 ", "zapyt@khmarivka.example", "+380 (00) 000-15-19"));
        assertEquals("Загальний відділ", o.unitName());
        assertNull(o.unitNameEn());
        assertNull(o.hoursEn());
        assertEquals("вул. Соборна, 1", o.postalAddress());
        assertTrue(o.published());
        assertTrue(OfficeRules.check(office("вул. Соборна, 1", "a@b.ua", null)).published(), "the phone is optional");
    }

    @Test
    void thePostalAddressAndTheEmailAreRequired() {
        List<FieldError> errors = errors(office(" ", null, null));
        assertEquals(List.of(new FieldError("postalAddress", "is required"), new FieldError("email", "is required")),
                errors);
        assertThrows(ProblemException.class, () -> OfficeRules.check(null));
    }

    @Test
    void theEmailMustLookLikeOneAndThePhoneHoldOnlyWhatAPhoneDoes() {
        assertEquals(List.of("email"), fields(office("вул. Соборна, 1", "zapyt@khmarivka", null)));
        assertEquals(List.of("email"), fields(office("вул. Соборна, 1", "za pyt@khmarivka.example", null)));
        assertEquals(List.of("phone"), fields(office("вул. Соборна, 1", "a@b.ua", "дзвоніть")));
        assertEquals(List.of("phone"), fields(office("вул. Соборна, 1", "a@b.ua", "12")));
        assertEquals(List.of("email", "phone"), fields(office("вул. Соборна, 1", "ні", "<script>")));
    }

    @Test
    void everyTextHasItsLengthAndEachFieldIsNamed() {
        String long300 = "я".repeat(301);
        Office sent = new Office(long300, long300, "я".repeat(501), "a".repeat(501), "a@" + "b".repeat(260) + ".ua",
                "1".repeat(41), "я".repeat(501), "a".repeat(501), long300, long300);
        List<FieldError> errors = errors(sent);
        assertEquals(List.of("postalAddress", "email", "phone", "unitName", "unitNameEn", "postalAddressEn", "hours",
                "hoursEn", "officialName", "officialPosition"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.stream().allMatch(e -> e.message().startsWith("must be at most")), errors.toString());
    }

    @Test
    void theSiteShowsEnglishWhereSetAndUkrainianElse() {
        Office o = new Office("Загальний відділ", "General Department", "вул. Соборна, 1,\n м. Хмарівка", null,
                "zapyt@khmarivka.example", "+380 (00) 000-15-19", "Пн–Пт", "Mon–Fri", "Оксана Петренко", null);
        Map<String, String> uk = o.shown("uk");
        assertEquals("Загальний відділ", uk.get("unit"));
        assertEquals("вул. Соборна, 1, м. Хмарівка", uk.get("address"), "one line");
        assertEquals("+380000001519", uk.get("tel"));
        assertEquals("+380 (00) 000-15-19", uk.get("phone"));
        assertEquals("Оксана Петренко", uk.get("official"));
        Map<String, String> en = o.shown("en");
        assertEquals("General Department", en.get("unit"));
        assertEquals("вул. Соборна, 1, м. Хмарівка", en.get("address"), "no English address: the Ukrainian one");
        assertEquals("Mon–Fri", en.get("hours"));
        Map<String, String> bare = new Office(null, null, "вул. Соборна, 1", null, "a@b.ua", null, null, null, null,
                "секретар ради").shown("en");
        assertEquals(Map.of("address", "вул. Соборна, 1", "email", "a@b.ua", "official", "секретар ради"), bare);
        assertFalse(new Office(null, null, null, null, "a@b.ua", null, null, null, null, null).published());
    }

    @Test
    void theAuditHasOnlyWhatChanged() {
        Office before = OfficeRules.check(office("вул. Соборна, 1", "a@b.ua", null));
        Office after = OfficeRules.check(office("вул. Соборна, 2", "a@b.ua", null));
        assertEquals(Map.of("postalAddress", "вул. Соборна, 2"), OfficeStore.changed(after, before));
        assertEquals(Map.of("postalAddress", "вул. Соборна, 1"), OfficeStore.changed(before, after));
        assertEquals(10, OfficeStore.changed(after, null).size(), "a creation lists every field");
        assertEquals(Map.of(), OfficeStore.changed(null, after));
    }

    @Test
    void theDemoCouncilsOfficeIsValid() {
        Office demo = OfficeRules.check(DemoOffice.KHMARIVKA);
        assertTrue(demo.published());
        assertTrue(demo.email().endsWith(".example"), "a made-up address");
    }
}

package org.hromada.requests.internal.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hromada.requests.internal.entities.Answer;
import org.hromada.requests.internal.entities.Charge;
import org.hromada.requests.internal.entities.Deferral;
import org.hromada.requests.internal.entities.Extension;
import org.hromada.requests.internal.entities.Forwarding;
import org.hromada.requests.internal.entities.Refusal;
import org.hromada.requests.internal.entities.RequestEntity;
import org.hromada.requests.internal.entities.Requester;
import org.junit.jupiter.api.Test;

class NoticesTest {

    /** A request with the parts the notice of {@code kind} tells about. */
    static RequestEntity of(String kind) {
        Instant received = Instant.parse("2026-11-06T14:00:00Z");
        RequestEntity r = new RequestEntity("З-2026-0042", received, "web", "0".repeat(64), "public", received);
        r.setRequester(new Requester("Олена Коваль", "olena@example.org", null, null));
        r.setDue(LocalDate.of(2026, 11, 13), Instant.parse("2026-11-13T22:00:00Z"));
        switch (kind) {
            case "answered" -> r.setAnswer(new Answer("Кошторис у додатку.", 12, new BigDecimal("5.00"), false));
            case "refused" -> r.setRefusal(new Refusal("not_held", "Петро Петренко", "секретар ради",
                    LocalDate.of(2026, 11, 10), "Рада не є замовником робіт", "До суду в порядку КАС", "Петренко"));
            case "deferred" -> r.setDeferral(new Deferral("Петро Петренко", "секретар ради", LocalDate.of(2026, 11, 10),
                    "Обстріл", LocalDate.of(2026, 11, 20), "До суду", "Петренко"));
            case "extended" -> r.setExtension(new Extension("Великий обсяг", received));
            case "forwarded" -> r.setForwarding(new Forwarding("Хмарівська ОДА", received));
            case "charged" -> r.setCharge(new Charge(new BigDecimal("25.00"), 20, "IBAN UA213223130000026007233566001,"
                    + " отримувач Хмарівська сільська рада", received, null, null));
            default -> {
            }
        }
        return r;
    }

    @Test
    void everyNoticeIsInUkrainianThenEnglishWithNothingLeftUnfilled() {
        for (String kind : Notices.KINDS) {
            Mail mail = Notices.of(kind, of(kind));
            assertTrue(mail.subject().contains("З-2026-0042"), mail.subject());
            assertTrue(mail.body().indexOf("Шановний") < mail.body().indexOf("Dear"), kind);
            assertFalse(mail.body().matches("(?s).*\\{[a-zA-Z]+}.*"), kind + ": " + mail.body());
        }
    }

    @Test
    void theNoticesCarryWhatTheLawAsksThemToTell() {
        assertTrue(Notices.of("registered", of("registered")).body().contains("13 листопада 2026"));
        assertTrue(Notices.of("answered", of("answered")).body().contains("UAH 5.00"));
        String refusal = Notices.of("refused", of("refused")).body();
        for (String element : new String[] {"Петро Петренко, секретар ради", "10 листопада 2026", "Рада не є замовником",
                "До суду в порядку КАС", "Підпис: Петренко", "не володіє"}) {
            assertTrue(refusal.contains(element), element);
        }
        assertTrue(Notices.of("deferred", of("deferred")).body().contains("20 листопада 2026"));
        assertTrue(Notices.of("forwarded", of("forwarded")).body().contains("Хмарівська ОДА"));
        String charged = Notices.of("charged", of("charged")).body();
        for (String element : new String[] {"25.00 грн", "20 сторінок", "IBAN UA213223130000026007233566001",
                "UAH 25.00", "статті 22"}) {
            assertTrue(charged.contains(element), element + " in " + charged);
        }
    }

    @Test
    void anAnswersFilesAreAttachedOrToBeDownloadedFromTheTrackingPage() {
        RequestEntity r = of("answered");
        String attached = Notices.of("answered", r, new Notices.Files(java.util.List.of("кошторис.pdf (120 kB)"), true, ""))
                .body();
        assertTrue(attached.contains("До листа додано файли відповіді:\n  - кошторис.pdf (120 kB)"), attached);
        assertTrue(attached.contains("The answer's files are attached"), attached);
        String online = Notices.of("answered", r, new Notices.Files(java.util.List.of("скан.pdf (30 MB)"), false,
                "https://rada.example/request-information/track")).body();
        assertTrue(online.contains("завеликі для електронної пошти"), online);
        assertTrue(online.contains("https://rada.example/request-information/track"), online);
        assertFalse(online.matches("(?s).*\\{[a-zA-Z]+}.*"), online);
        assertFalse(Notices.of("answered", r).body().contains("файли"), "no files, no paragraph");
    }
}

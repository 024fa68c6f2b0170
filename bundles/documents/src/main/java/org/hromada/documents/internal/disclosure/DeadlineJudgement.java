package org.hromada.documents.internal.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hromada.documents.internal.deadlines.DeadlineItem;
import org.hromada.documents.internal.deadlines.DeadlineStatus;
import org.hromada.platform.api.console.ConsoleTexts;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.CheckStatus;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.disclosure.LocalText;
import org.hromada.platform.api.site.SiteDates;

/**
 * Turns the publication deadlines of a year's documents under some rules into an Article 15 result:
 * late when any was published late or is overdue, missing when drafts lack the date to judge them
 * by, compliant otherwise, not applicable when there were none. The offending documents are the
 * evidence, the longest overdue first.
 */
final class DeadlineJudgement {
    static final int MAX_EVIDENCE = 20;
    private static final Locale UK = Locale.forLanguageTag("uk");

    private DeadlineJudgement() {
    }

    /** @param prefix the check's message prefix, e.g. {@code disclosure.actsOnTime} */
    static CheckResult judge(List<DeadlineItem> all, Set<String> rules, String prefix, ConsoleTexts texts) {
        List<DeadlineItem> items = all.stream().filter(i -> rules.contains(i.deadline().rule())).toList();
        if (items.isEmpty()) {
            return new CheckResult(CheckStatus.NOT_APPLICABLE, text(texts, prefix + ".none"), empty(), List.of(), null);
        }
        List<DeadlineItem> late = items.stream().filter(i -> is(i, DeadlineStatus.LATE))
                .sorted(Comparator.comparing((DeadlineItem i) -> i.deadline().dueOn())).toList();
        List<DeadlineItem> undated = items.stream().filter(i -> is(i, DeadlineStatus.NO_DATE)).toList();
        if (!late.isEmpty()) {
            return new CheckResult(CheckStatus.LATE, text(texts, prefix + ".late", late.size(), items.size()),
                    text(texts, prefix + ".late.advice"), evidence(late, texts), startOf(late.get(0).deadline().dueOn()));
        }
        if (!undated.isEmpty()) {
            return new CheckResult(CheckStatus.MISSING, text(texts, "disclosure.noDate", undated.size()),
                    text(texts, "disclosure.noDate.advice"), evidence(undated, texts), null);
        }
        return new CheckResult(CheckStatus.COMPLIANT, text(texts, prefix + ".met", items.size()), empty(), List.of(),
                null);
    }

    private static boolean is(DeadlineItem item, DeadlineStatus status) {
        return status.key().equals(item.deadline().status());
    }

    private static List<Evidence> evidence(List<DeadlineItem> items, ConsoleTexts texts) {
        return items.stream().limit(MAX_EVIDENCE).map(i -> new Evidence(
                new LocalText(i.kindName() + " № " + i.number() + ": " + i.title(),
                        i.kindName() + " No. " + i.number() + ": " + i.title()),
                i.url(), note(i, texts))).toList();
    }

    private static LocalText note(DeadlineItem i, ConsoleTexts texts) {
        LocalDate due = i.deadline().dueOn();
        if (due == null) {
            return text(texts, "disclosure.note.noDate");
        }
        String key = i.deadline().publishedOn() == null ? "disclosure.note.overdue" : "disclosure.note.late";
        return new LocalText(
                texts.text(UK, key, List.of(SiteDates.date(due, "uk"), i.deadline().workingDaysLate())),
                texts.text(Locale.ENGLISH, key, List.of(SiteDates.date(due, "en"), i.deadline().workingDaysLate())));
    }

    private static LocalText text(ConsoleTexts texts, String key, Object... args) {
        return new LocalText(texts.text(UK, key, List.of(args)), texts.text(Locale.ENGLISH, key, List.of(args)));
    }

    private static LocalText empty() {
        return new LocalText("", "");
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(SiteDates.ZONE).toInstant();
    }
}

package org.hromada.documents.internal.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hromada.documents.internal.accounting.AccountingEntry;
import org.hromada.documents.internal.accounting.AccountingRegister;
import org.hromada.platform.api.console.ConsoleTexts;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.CheckStatus;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.disclosure.LocalText;

/**
 * Whether the Article 18 accounting system is published (Art. 15 part 1 item 5 and item 11 point 8):
 * missing while it has no entries; stale while entries lack the fields an entry needs to be of use
 * (field, keywords, the form and place of storage: Art. 18 items 7, 8 and 12), with the first of them
 * as evidence (console addresses, which the public page leaves out); compliant otherwise. The page and
 * the CSV are the evidence whenever there are entries.
 */
final class AccountingJudgement {
    static final int MAX_EVIDENCE = 10;
    static final String PAGE = "/accounting-system";
    static final String CSV = "/api/v1/documents/accounting-system.csv";
    private static final Locale UK = Locale.forLanguageTag("uk");

    private AccountingJudgement() {
    }

    static CheckResult judge(AccountingRegister.Summary summary, AccountingRegister.Incomplete incomplete,
                             ConsoleTexts texts) {
        if (summary.entries() == 0) {
            return new CheckResult(CheckStatus.MISSING, text(texts, "disclosure.accounting.empty"),
                    text(texts, "disclosure.accounting.empty.advice"), List.of(), null);
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(text(texts, "disclosure.accounting.page"), PAGE,
                text(texts, "disclosure.accounting.page.note", summary.entries())));
        evidence.add(new Evidence(text(texts, "disclosure.accounting.csv"), CSV, new LocalText("", "")));
        if (incomplete.count() > 0) {
            incomplete.first().stream().limit(MAX_EVIDENCE).forEach(e -> evidence.add(new Evidence(
                    new LocalText(e.kindName() + " № " + e.number() + ": " + e.title(),
                            e.kindName() + " No. " + e.number() + ": " + e.title()),
                    "/console/documents/" + e.id(), lacks(e, texts))));
            return new CheckResult(CheckStatus.STALE, text(texts, "disclosure.accounting.incomplete",
                    incomplete.count(), summary.entries()), text(texts, "disclosure.accounting.incomplete.advice"),
                    evidence, null);
        }
        return new CheckResult(CheckStatus.COMPLIANT, text(texts, "disclosure.accounting.met", summary.entries()),
                new LocalText("", ""), evidence, null);
    }

    /** "Lacks: field, keywords" in both languages. */
    private static LocalText lacks(AccountingEntry e, ConsoleTexts texts) {
        return new LocalText(texts.text(UK, "disclosure.accounting.lacks", List.of(missing(e, UK, texts))),
                texts.text(Locale.ENGLISH, "disclosure.accounting.lacks", List.of(missing(e, Locale.ENGLISH, texts))));
    }

    /** The names of the empty required fields, in one language. */
    private static String missing(AccountingEntry e, Locale locale, ConsoleTexts texts) {
        List<String> names = new ArrayList<>();
        if (e.field() == null || e.field().isBlank()) {
            names.add(texts.text(locale, "documents.field.field", List.of()));
        }
        if (e.keywords() == null || e.keywords().isBlank()) {
            names.add(texts.text(locale, "documents.field.keywords", List.of()));
        }
        if (e.storage() == null || e.storage().isBlank()) {
            names.add(texts.text(locale, "documents.field.storage", List.of()));
        }
        return String.join(", ", names).toLowerCase(locale);
    }

    private static LocalText text(ConsoleTexts texts, String key, Object... args) {
        return new LocalText(texts.text(UK, key, List.of(args)), texts.text(Locale.ENGLISH, key, List.of(args)));
    }
}

package org.hromada.documents.internal.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Art. 6 part 5 of the access law (DOMAIN.md section 1.3): information on budgets, estimates and
 * their spending, on any disposal of public funds, on procurement, and on the possession, use or
 * disposal of state or communal property (land included) may never be restricted; Art. 59 part 11 of
 * the law on local self-government repeats it for councils' acts.
 * <p>
 * The register cannot read a document's meaning, so it guards by words: a document whose field
 * (галузь) or title holds one of the stems below cannot get a restriction. The stems are broad on
 * purpose (e.g. every land or lease decision, every decision on funds): a false match only keeps a
 * document open, which is what the law leans to, while a miss would hide what must be public. An
 * editor who meets a false match restricts the personal data in the text instead (Art. 6 part 8:
 * information, not a document, is restricted) and publishes the rest.
 */
public final class NeverRestricted {
    private static final Locale UK = Locale.forLanguageTag("uk");

    /** Lower-case stems of the Art. 6 part 5 topics, Ukrainian and English. */
    static final List<String> STEMS = List.of(
            "бюджет", "кошторис", "кошт", "видатк", "фінанс", "субвенц", "дотац", "податк",
            "закупівл", "тендер", "майн", "власност", "земел", "оренд", "приватизац",
            "budget", "spending", "funds", "financ", "procurement", "tender", "property", "land", "lease", "tax");

    private NeverRestricted() {
    }

    /** The first stem found in the field or the title, or empty when neither is about such information. */
    public static Optional<String> topic(String field, String title) {
        String text = ((field == null ? "" : field) + " " + (title == null ? "" : title)).toLowerCase(UK);
        return STEMS.stream().filter(text::contains).findFirst();
    }
}

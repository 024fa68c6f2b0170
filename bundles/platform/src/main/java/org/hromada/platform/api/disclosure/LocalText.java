package org.hromada.platform.api.disclosure;

/** A text for people in Ukrainian and English. */
public record LocalText(String uk, String en) {

    /** The text in {@code language} ({@code en} or, for anything else, {@code uk}). */
    public String in(String language) {
        return "en".equals(language) ? en : uk;
    }
}

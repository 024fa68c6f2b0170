package org.hromada.content.internal.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Ukrainian to Latin by the official system, Resolution of the Cabinet of Ministers of Ukraine No. 55 of
 * 27.01.2010: the one used in passports and on road signs, so slugs and file names read the way residents
 * already see their town's names spelled.
 */
public final class Transliteration {

    private Transliteration() {
    }

    /**
     * Transliterates every Ukrainian letter and leaves any other character as it is (Latin, digits,
     * punctuation, Russian-only letters such as ы or ё). The apostrophe (' ’ ʼ) is dropped only between two
     * Ukrainian letters, where it is a part of the word; elsewhere it is a quote mark and stays. A letter
     * that starts a word in upper case keeps it ("Є" gives "Ye"); in an all-caps word the whole output is
     * upper case ("ЖИТОМИР" gives "ZHYTOMYR").
     */
    public static String toLatin(String ukrainian) {
        Objects.requireNonNull(ukrainian, "ukrainian");
        // Text pasted from some editors is decomposed (й as и + combining breve); compose it so й is one char.
        String text = Normalizer.isNormalized(ukrainian, Normalizer.Form.NFC)
                ? ukrainian : Normalizer.normalize(ukrainian, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isApostrophe(c) && i > 0 && i + 1 < text.length()
                    && isUkrainianLetter(text.charAt(i - 1)) && isUkrainianLetter(text.charAt(i + 1))) {
                continue; // part of the word (Знам'янка): omitted, and the next letter is not a word start
            }
            char lower = Character.toLowerCase(c);
            char previousLower = i > 0 ? Character.toLowerCase(text.charAt(i - 1)) : 0;
            String latin = latin(lower, !inWord, previousLower);
            if (latin == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !latin.isEmpty()) {
                out.append(inAllCapsWord(text, i)
                        ? latin.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(latin.charAt(0)) + latin.substring(1));
            } else {
                out.append(latin);
            }
            inWord = Character.isLetter(c);
        }
        return out.toString();
    }

    /** The table of the resolution; null for a character that is not a Ukrainian letter. */
    private static String latin(char lower, boolean wordStart, char previousLower) {
        return switch (lower) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> previousLower == 'з' ? "gh" : "h"; // "зг" is "zgh", so it does not read as "ж" (zh)
            case 'ґ' -> "g";
            case 'д' -> "d";
            case 'е' -> "e";
            case 'є' -> wordStart ? "ye" : "ie";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и' -> "y";
            case 'і' -> "i";
            case 'ї' -> wordStart ? "yi" : "i";
            case 'й' -> wordStart ? "y" : "i";
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ь' -> "";
            case 'ю' -> wordStart ? "yu" : "iu";
            case 'я' -> wordStart ? "ya" : "ia";
            default -> null;
        };
    }

    private static boolean isUkrainianLetter(char c) {
        return latin(Character.toLowerCase(c), false, (char) 0) != null;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /** Judged by the neighbouring letter (the next one, else the previous), across a word's apostrophe. */
    private static boolean inAllCapsWord(String text, int i) {
        int next = i + 1 < text.length() && isApostrophe(text.charAt(i + 1)) ? i + 2 : i + 1;
        if (next < text.length() && Character.isLetter(text.charAt(next))) {
            return Character.isUpperCase(text.charAt(next));
        }
        int previous = i - 1 >= 0 && isApostrophe(text.charAt(i - 1)) ? i - 2 : i - 1;
        return previous >= 0 && Character.isLetter(text.charAt(previous))
                && Character.isUpperCase(text.charAt(previous));
    }
}

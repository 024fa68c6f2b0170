package org.hromada.content.internal.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII letters and digits in words joined by single hyphens, at most 80 long. */
public final class Slugs {
    public static final int MAX_LENGTH = 80;
    /** What a title with nothing to transliterate (only emoji, only punctuation) becomes. */
    public static final String FALLBACK = "item";

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Dropped, not turned into a hyphen: "Mayor's office" reads better as mayors-office than mayor-s-office.
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** The slug for a title; never empty, always {@link #isValid valid}. */
    public static String of(String title) {
        Objects.requireNonNull(title, "title");
        String latin = Transliteration.toLatin(title).toLowerCase(Locale.ROOT);
        String unaccented = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        String ascii = APOSTROPHES.matcher(replaceUndecomposable(unaccented)).replaceAll("");
        String slug = stripHyphens(SEPARATORS.matcher(ascii).replaceAll("-"));
        slug = shorten(slug, MAX_LENGTH);
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** For slugs edited by hand: what {@link #of} could have produced. */
    public static boolean isValid(String slug) {
        return slug != null && !slug.isEmpty() && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /**
     * {@code slug-n}, shortened at a hyphen if need be to stay within {@link #MAX_LENGTH}, for making a slug
     * unique: try {@code withSuffix(base, 2)}, {@code withSuffix(base, 3)}... always with the same base
     * slug (not the previous attempt, or you get base-2-3).
     *
     * @throws IllegalArgumentException if slug is not valid or n is below 2 (the plain slug is the first)
     */
    public static String withSuffix(String slug, int n) {
        if (!isValid(slug)) {
            throw new IllegalArgumentException("not a valid slug: '" + slug + "'");
        }
        if (n < 2) {
            throw new IllegalArgumentException("suffix must be 2 or more, was " + n);
        }
        String suffix = "-" + n;
        return shorten(slug, MAX_LENGTH - suffix.length()) + suffix;
    }

    /**
     * Cut to max, at the last hyphen when that keeps at least half, so a long title loses whole words;
     * otherwise (one very long word) in the middle of a word.
     */
    private static String shorten(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        int hyphen = slug.lastIndexOf('-', max); // a hyphen at index max: the first max chars are whole words
        return hyphen >= max / 2 ? slug.substring(0, hyphen) : stripHyphens(slug.substring(0, max));
    }

    private static String stripHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    /** Latin letters that have no accent to strip, so NFD leaves them alone. */
    private static String replaceUndecomposable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'đ', 'ð' -> out.append('d');
                case 'þ' -> out.append("th");
                case 'ı' -> out.append('i');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

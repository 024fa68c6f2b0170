package org.hromada.content.internal.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * The HTML that editors' rich text may contain, by allow-list (OWASP Java HTML Sanitizer): what a WYSIWYG
 * editor produces for council news and documents, and nothing that runs code or restyles the page.
 *
 * <p>Links: {@code target} is kept only as {@code _blank} ("open in a new tab" for documents), and the
 * sanitizer then adds {@code rel="noopener noreferrer"} itself so the opened page cannot reach back through
 * {@code window.opener}. Any other target is dropped.
 *
 * <p>The output is stable: sanitizing it again gives the same string, so it can be stored sanitized and
 * re-sanitized on every save. Quotes, {@code @}, {@code =}, {@code +} and the backtick in text and attribute
 * values come out as numeric entities ({@code &#34;}, {@code &#64;}...), which is how the library plays safe.
 */
public final class RichText {

    /** Class names from the editor's styles; nothing that could close the attribute or be a URL. */
    private static final Pattern CLASS_NAMES = Pattern.compile("[a-z0-9 _-]{1,100}");
    private static final Pattern PIXELS = Pattern.compile("[0-9]{1,4}");
    private static final Pattern CELL_SPAN = Pattern.compile("[1-9][0-9]{0,2}");

    // Built once: a PolicyFactory is immutable and thread-safe.
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
                    "blockquote", "ul", "ol", "li", "a", "img", "figure", "figcaption",
                    "table", "thead", "tbody", "tr", "th", "td", "caption", "code", "pre", "hr", "span", "div")
            // The only schemes in any URL attribute (href, src): javascript:, data:, vbscript: and the rest are
            // refused, also when entity-encoded or mixed-case. URLs without a scheme (relative ones) pass.
            .allowUrlProtocols("http", "https", "mailto", "tel")
            // An image whose src was refused (data:, javascript:) would show as a broken-image box: drop it.
            .allowElements((name, attrs) -> hasAttribute(attrs, "src") ? name : null, "img")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("target").matching(true, "_blank").onElements("a")
            .allowAttributes("src").matching(RichText::isHttpOrRelative).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(PIXELS).onElements("img")
            .allowAttributes("loading").matching(true, "lazy", "eager").onElements("img")
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            // Header cells span columns too in budget tables, so colspan/rowspan are allowed on th as well.
            .allowAttributes("colspan", "rowspan").matching(CELL_SPAN).onElements("td", "th")
            .allowAttributes("class").matching(CLASS_NAMES).onElements("span", "div")
            .toFactory();

    /** Elements that run inside a line of text: no word break in plain text where they open or close. */
    private static final Set<String> INLINE = Set.of(
            "a", "strong", "b", "em", "i", "u", "s", "sub", "sup", "span", "code");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private RichText() {
    }

    /** Safe HTML for the body of a page; null gives "". */
    public static String sanitize(String html) {
        return html == null || html.isEmpty() ? "" : POLICY.sanitize(html);
    }

    /**
     * The text a reader sees, for summaries and the search index: tags stripped, entities decoded,
     * whitespace (non-breaking spaces included) collapsed to single spaces. It is plain text, not HTML:
     * escape it when writing it into a page. null gives "".
     */
    public static String toPlainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(html.length());
        // Sanitize first so exactly the text of the shown page is kept (script, iframe, noscript... dropped);
        // the lexer then hands over the text decoded.
        HtmlSanitizer.sanitize(sanitize(html), new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String elementName, List<String> attrs) {
                breakUnlessInline(elementName);
            }

            @Override
            public void closeTag(String elementName) {
                breakUnlessInline(elementName);
            }

            @Override
            public void text(String textChunk) {
                text.append(textChunk);
            }

            private void breakUnlessInline(String elementName) {
                if (!INLINE.contains(elementName)) {
                    text.append(' '); // "<p>One</p><p>Two</p>" is "One Two", not "OneTwo"
                }
            }
        });
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** img src: no mailto: or tel: there, though they are fine in links. */
    private static boolean isHttpOrRelative(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        int colon = u.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int pathStart = indexOfAny(u, "/?#");
        if (pathStart >= 0 && pathStart < colon) {
            return true; // the colon is in the path or query of a relative URL
        }
        String scheme = u.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https");
    }

    /** attrs as the sanitizer passes them: name, value, name, value... already filtered. */
    private static boolean hasAttribute(List<String> attrs, String name) {
        for (int i = 0; i < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

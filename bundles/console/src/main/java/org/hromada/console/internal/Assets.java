package org.hromada.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The console's static files under {@code /console/assets/}: its own CSS and JS under a stamp that
 * changes with the bundle ({@code /console/assets/<stamp>/console.css}), and the embedded webjars
 * under their versions ({@code /console/assets/htmx/2.0.4/htmx.min.js},
 * {@code /console/assets/tinymce/6.8.3/tinymce.min.js}); all cached for a year, immutable.
 */
final class Assets {
    static final String BASE = "/console/assets/";
    /** Keep in step with the pom (a test checks the files are there). */
    static final String HTMX_VERSION = "2.0.4";
    static final String TINYMCE_VERSION = "6.8.3";
    static final String HTMX_DIR = "META-INF/resources/webjars/htmx.org/" + HTMX_VERSION + "/dist/";
    static final String TINYMCE_DIR = "META-INF/resources/webjars/tinymce/" + TINYMCE_VERSION + "/";
    static final String LONG_CACHE = "public, max-age=31536000, immutable";

    /** TinyMCE's English UI strings and the console message keys of their translations. */
    static final Map<String, String> EDITOR_STRINGS = editorStrings();

    private static Map<String, String> editorStrings() {
        String[][] pairs = {
            {"Bold", "editor.bold"}, {"Italic", "editor.italic"}, {"Headings", "editor.headings"},
            {"Bullet list", "editor.bulletList"}, {"Bulleted list", "editor.bulletList"},
            {"Numbered list", "editor.numberedList"}, {"Link", "editor.link"}, {"Image", "editor.image"},
            {"Undo", "editor.undo"}, {"Redo", "editor.redo"}, {"Blocks", "editor.blocks"},
            {"Paragraph", "editor.paragraph"}, {"Heading 2", "editor.heading2"}, {"Heading 3", "editor.heading3"},
            {"Heading 4", "editor.heading4"}, {"Blockquote", "editor.blockquote"},
            {"Remove link", "editor.removeLink"}, {"Insert/Edit Link", "editor.insertLink"},
            {"Insert/edit link", "editor.insertLink"}, {"Insert/edit image", "editor.insertImage"},
            {"URL", "editor.url"}, {"Text to display", "editor.textToDisplay"}, {"Title", "editor.title"},
            {"Open link in...", "editor.openLinkIn"}, {"Current window", "editor.currentWindow"},
            {"New window", "editor.newWindow"}, {"Save", "editor.save"}, {"Cancel", "editor.cancel"},
            {"Close", "editor.close"}, {"Source code", "editor.sourceCode"}, {"Source", "editor.source"},
            {"Alternative description", "editor.alt"}, {"Width", "editor.width"}, {"Height", "editor.height"},
            {"Clear formatting", "editor.clearFormatting"}, {"Rich Text Area", "editor.richTextArea"},
            {"Formats", "editor.formats"}, {"Edit", "editor.edit"},
            {"Insert", "editor.insert"}, {"View", "editor.view"}, {"Format", "editor.format"},
            {"Table", "editor.table"}, {"Help", "editor.help"}, {"Words: {0}", "editor.words"},
        };
        Map<String, String> strings = new LinkedHashMap<>();
        for (String[] p : pairs) {
            strings.put(p[0], p[1]);
        }
        return java.util.Collections.unmodifiableMap(strings);
    }

    /** What to send: the bytes, their type and cache header; null for "not found". */
    record Asset(byte[] body, String contentType, String cacheControl) {
    }

    private final Function<String, URL> resources;
    private final String stamp;

    Assets(Function<String, URL> resources, String stamp) {
        this.resources = resources;
        this.stamp = stamp;
    }

    String stamp() {
        return stamp;
    }

    /** The URLs templates get as {@code console.assets}. */
    Map<String, String> urls() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("css", BASE + stamp + "/console.css");
        m.put("js", BASE + stamp + "/console.js");
        m.put("htmx", BASE + "htmx/" + HTMX_VERSION + "/htmx.min.js");
        m.put("tinymce", BASE + "tinymce/" + TINYMCE_VERSION + "/");
        m.put("tinymceJs", BASE + "tinymce/" + TINYMCE_VERSION + "/tinymce.min.js");
        m.put("tinymceI18n", BASE + stamp + "/tinymce-i18n.js");
        return m;
    }

    /**
     * The asset at {@code path} below {@code /console/assets/}; null when there is none. The TinyMCE
     * translation is made by {@code i18n} and is not looked up here.
     */
    Asset find(String path) throws IOException {
        if (path == null || path.isEmpty() || path.contains("..") || path.contains("\\") || path.contains("//")) {
            return null;
        }
        String resource;
        String cache = LONG_CACHE;
        if (path.startsWith("htmx/" + HTMX_VERSION + "/")) {
            String rest = path.substring(("htmx/" + HTMX_VERSION + "/").length());
            resource = "htmx.min.js".equals(rest) ? HTMX_DIR + rest : null;
        } else if (path.startsWith("tinymce/" + TINYMCE_VERSION + "/")) {
            resource = TINYMCE_DIR + path.substring(("tinymce/" + TINYMCE_VERSION + "/").length());
        } else {
            int slash = path.indexOf('/');
            if (slash < 0) {
                return null;
            }
            String name = path.substring(slash + 1);
            if (!stamp.equals(path.substring(0, slash))) {
                cache = "no-cache"; // an old or made-up stamp: serve the current file, keep nothing
            }
            resource = ("console.css".equals(name) || "console.js".equals(name)) ? "hromada-console/assets/" + name : null;
        }
        if (resource == null) {
            return null;
        }
        String type = contentType(resource);
        if (type == null) {
            return null;
        }
        URL url = resources.apply(resource);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new Asset(in.readAllBytes(), type, cache);
        }
    }

    /** {@code tinymce.addI18n('uk', {...})} from the console's {@code editor.*} messages. */
    static String tinymceI18n(String lang, ConsoleMessages messages) {
        StringBuilder b = new StringBuilder("tinymce.addI18n('").append(lang).append("', {");
        boolean first = true;
        for (Map.Entry<String, String> e : EDITOR_STRINGS.entrySet()) {
            if (!messages.has(null, lang, e.getValue())) {
                continue;
            }
            if (!first) {
                b.append(',');
            }
            first = false;
            b.append('\n').append(json(e.getKey())).append(": ").append(json(messages.get(null, lang, e.getValue())));
        }
        return b.append("\n});\n").toString();
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String contentType(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (n.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (n.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (n.endsWith(".png")) {
            return "image/png";
        } else if (n.endsWith(".gif")) {
            return "image/gif";
        } else if (n.endsWith(".woff")) {
            return "font/woff";
        } else if (n.endsWith(".woff2")) {
            return "font/woff2";
        } else if (n.endsWith(".json")) {
            return "application/json";
        } else if (n.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return null;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

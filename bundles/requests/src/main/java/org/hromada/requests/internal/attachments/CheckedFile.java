package org.hromada.requests.internal.attachments;

/**
 * A file that passed the checks, in memory (they are at most a few megabytes), with a safe name: the
 * last segment of what the client sent, without control characters, ending in its type's extension
 * (a text file named {@code page.html} is kept as {@code page.html.txt}, never opened as a web page).
 */
public record CheckedFile(String filename, FileType type, byte[] bytes, String sha256) {

    public long size() {
        return bytes.length;
    }

    static String safeName(String sent, FileType type) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "file" + name;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        boolean fits = lower.endsWith("." + type.extension()) || type == FileType.JPEG && lower.endsWith(".jpeg");
        if (!fits) {
            name = name + "." + type.extension();
        }
        if (name.length() > 200) {
            name = name.substring(0, 190) + "." + type.extension();
        }
        return name;
    }
}

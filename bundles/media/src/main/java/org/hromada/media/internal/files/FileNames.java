package org.hromada.media.internal.files;

import java.text.Normalizer;
import java.util.Optional;

/**
 * File names as uploaded, made safe to store and to put in a URL path segment and a
 * {@code Content-Disposition}: only the last path segment, letters of any script, digits,
 * {@code . - _}; anything else becomes a hyphen. The extension always names the detected type:
 * a PNG uploaded as {@code photo.jpg} is kept as {@code photo.png} (browsers and office programs
 * trust the extension, so it must not lie).
 */
public final class FileNames {
    static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    public static String safe(String uploaded, AllowedType type) {
        String base = uploaded == null ? "" : uploaded.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFC);
        int dot = base.lastIndexOf('.');
        if (dot >= 0) {
            base = base.substring(0, dot);
        }
        StringBuilder out = new StringBuilder();
        base.codePoints().forEach(c -> {
            boolean keep = Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
            if (keep) {
                out.appendCodePoint(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        String name = out.toString().replaceAll("^[-._]+|[-._]+$", "").replaceAll("\\.{2,}", ".");
        if (name.isEmpty()) {
            name = type.isImage() ? "image" : "document";
        }
        int max = MAX_LENGTH - type.extension().length() - 1;
        if (name.length() > max) {
            name = name.substring(0, name.offsetByCodePoints(0, name.codePointCount(0, max)));
        }
        return name + "." + type.extension();
    }

    /** The extension of a name, without the dot, if it has one. */
    static Optional<String> extensionOf(String filename) {
        if (filename == null) {
            return Optional.empty();
        }
        int dot = filename.lastIndexOf('.');
        int slash = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
        return dot > slash && dot < filename.length() - 1 ? Optional.of(filename.substring(dot + 1)) : Optional.empty();
    }
}

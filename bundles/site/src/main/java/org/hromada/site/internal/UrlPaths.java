package org.hromada.site.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Percent-decoding of path segments. Not {@code URLDecoder}: that turns {@code +} into a space
 * (a query-string rule, wrong in paths) and throws on bad input, which must be a 404, not a 500.
 */
final class UrlPaths {

    private UrlPaths() {
    }

    /** Decodes one segment; empty when the escapes or the UTF-8 they spell are malformed. */
    static Optional<String> decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return Optional.of(segment);
        }
        ByteBuffer bytes = ByteBuffer.allocate(segment.length() * 3);
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(segment.charAt(i + 1), 16);
                int lo = Character.digit(segment.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Splits a raw path such as {@code /a/b%20c} into decoded segments ({@code [a, b c]}); the root
     * has none. Empty when a segment does not decode or is empty ({@code /a//b}).
     */
    static Optional<List<String>> segments(String rawPath) {
        List<String> result = new ArrayList<>();
        if (rawPath.isEmpty() || "/".equals(rawPath)) {
            return Optional.of(result);
        }
        for (String raw : rawPath.substring(1).split("/", -1)) {
            Optional<String> decoded = decode(raw);
            if (raw.isEmpty() || decoded.isEmpty()) {
                return Optional.empty();
            }
            result.add(decoded.get());
        }
        return Optional.of(result);
    }

    /** Joins decoded segments into a readable path, {@code /} for none. */
    static String join(List<String> segments) {
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
    }

    /** Percent-encodes each segment of a relative name for use in a URL path. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}

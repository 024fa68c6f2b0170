package org.hromada.requests.internal.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The requester's secret for following a request: 128 random bits written as 26 letters and digits
 * in groups of four (the RFC 4648 base32 alphabet, without 0 and 1),
 * shown once. Only its SHA-256 is stored; codes are compared in constant time.
 */
public final class TrackingCode {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Any code hashes to 64 hex digits; an unknown number is compared against this, so both paths take as long. */
    private static final String NO_HASH = "0".repeat(64);

    private TrackingCode() {
    }

    /** A new code, e.g. {@code K3XQ-7RTA-...}. */
    public static String generate() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder();
        int buffer = 0;
        int held = 0;
        int written = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                written = append(code, ALPHABET[(buffer >> (held - 5)) & 31], written);
                held -= 5;
            }
        }
        append(code, ALPHABET[(buffer << (5 - held)) & 31], written);
        return code.toString();
    }

    private static int append(StringBuilder code, char c, int written) {
        if (written > 0 && written % 4 == 0) {
            code.append('-');
        }
        code.append(c);
        return written + 1;
    }

    /** The code as typed, in any case, with or without dashes and spaces, hashed for storage. */
    public static String hash(String code) {
        String normal = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code code} is the one whose hash is stored; null {@code storedHash} (no such request) never matches. */
    public static boolean matches(String code, String storedHash) {
        byte[] given = hash(code == null ? "" : code).getBytes(StandardCharsets.US_ASCII);
        byte[] stored = (storedHash == null ? NO_HASH : storedHash).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, stored) && storedHash != null;
    }
}

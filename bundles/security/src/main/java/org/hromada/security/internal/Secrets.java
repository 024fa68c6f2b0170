package org.hromada.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** Random tokens and passwords, and the token hash that is all the database ever sees. */
public final class Secrets {
    /** 32 random bytes in base64url without padding: 43 characters. */
    public static final int TOKEN_LENGTH = 43;

    private static final String BEARER = "bearer ";
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{" + TOKEN_LENGTH + "}");
    // No look-alikes (0/O, 1/l/I) so a password printed to a log can be typed without doubt.
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A new bearer token: 256 bits from {@link SecureRandom}, base64url without padding. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string can be a token at all; anything else is refused without asking the database. */
    public static boolean looksLikeToken(String token) {
        return token != null && TOKEN_SHAPE.matcher(token).matches();
    }

    /**
     * The SHA-256 of a token as 64 lower-case hex digits. A fast hash is enough here (unlike for
     * passwords): a token has 256 random bits, so there is nothing to guess.
     */
    public static String tokenHash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The token of an {@code Authorization: Bearer <token>} header value, if it has one. */
    public static Optional<String> bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** A random password of {@code length} unambiguous letters and digits. */
    public static String randomPassword(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}

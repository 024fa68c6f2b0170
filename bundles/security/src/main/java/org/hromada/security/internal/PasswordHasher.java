package org.hromada.security.internal;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}).
 * The parameters travel inside each hash, so they can be raised later without breaking old ones.
 */
public final class PasswordHasher {
    /** OWASP's recommended minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane. */
    public static final Argon2Function ARGON2ID = Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID);

    private static final int SALT_BYTES = 16;

    private final Argon2Function function;
    private volatile String dummyHash;

    public PasswordHasher() {
        this(ARGON2ID);
    }

    public PasswordHasher(Argon2Function function) {
        this.function = function;
    }

    public String hash(String plain) {
        return Password.hash(plain).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    /** Whether {@code plain} matches {@code hash}; false for a hash that cannot be read. */
    public boolean verify(String plain, String hash) {
        if (plain == null || hash == null) {
            return false;
        }
        try {
            return Password.check(plain, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Spends the time of one {@link #verify} for a user that does not exist, so the response time
     * does not tell an attacker which usernames are real. Always false.
     */
    public boolean verifyNobody(String plain) {
        String dummy = dummyHash;
        if (dummy == null) {
            // Made on first need, not at start-up: start time matters more than one slow sign-in.
            dummy = hash(Secrets.randomPassword(20));
            dummyHash = dummy;
        }
        verify(plain == null ? "" : plain, dummy);
        return false;
    }
}

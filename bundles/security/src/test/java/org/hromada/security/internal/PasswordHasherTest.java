package org.hromada.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithArgon2idAtTheConfiguredCost() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertFalse(hash.contains("correct horse battery"));
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hasher.verify("correct horse battery", hash));
        assertFalse(hasher.verify("correct horse batterY", hash));
        assertFalse(hasher.verify("", hash));
        assertFalse(hasher.verify(null, hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
    }

    @Test
    void verifiesHashesMadeWithOtherParameters() {
        // Raising the cost later must not lock out users whose hashes use the old one.
        PasswordHasher cheaper = new PasswordHasher(Argon2Function.getInstance(1024, 1, 1, 32, Argon2.ID));
        String old = cheaper.hash("an older password");
        assertTrue(old.contains("m=1024,t=1,p=1"), old);
        assertTrue(hasher.verify("an older password", old));
        assertFalse(hasher.verify("another password", old));
    }

    @Test
    void anUnreadableHashNeverMatches() {
        assertFalse(hasher.verify("whatever", "not a hash"));
        assertFalse(hasher.verify("whatever", ""));
        assertFalse(hasher.verify("whatever", null));
    }

    @Test
    void verifyingNobodyIsAlwaysFalse() {
        assertFalse(hasher.verifyNobody("any password"));
        assertFalse(hasher.verifyNobody(null));
    }

    @Test
    void verifyingNobodyCostsAboutAsMuchAsVerifyingSomebody() {
        String hash = hasher.hash("correct horse battery");
        hasher.verifyNobody("warm-up"); // makes the dummy hash once
        long real = fastest(() -> hasher.verify("wrong password", hash));
        long dummy = fastest(() -> hasher.verifyNobody("wrong password"));
        // The fastest of several runs shrugs off a busy machine, and the bound is generous: only
        // "no Argon2 at all" (thousands of times faster) must fail.
        assertTrue(dummy * 20 > real, "verify " + real + " ns, nobody " + dummy + " ns");
    }

    private static long fastest(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    @Test
    void theDefaultFunctionIsArgon2id() {
        assertEquals(Argon2.ID, PasswordHasher.ARGON2ID.getVariant());
        assertEquals(19456, PasswordHasher.ARGON2ID.getMemory());
    }
}

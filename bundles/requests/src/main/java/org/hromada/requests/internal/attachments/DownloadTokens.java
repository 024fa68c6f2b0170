package org.hromada.requests.internal.attachments;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.requests.internal.entities.SecretEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Short-lived download links for the files of an answer, given to whoever showed the request's number and
 * code (the tracking page, the API's track): {@code base64url(attachment id, expiry, HMAC-SHA256 of both)}.
 * The link names one file, works for {@code hromada.requests.download.minutes} and never contains the
 * tracking code, so neither a browser's history nor a server log learns it. The key comes from
 * {@code hromada.requests.download.secret}, or is generated once and kept in the database for every node.
 */
@Component(service = DownloadTokens.class)
public class DownloadTokens {
    static final String SECRET_NAME = "download-links";
    private static final int MAC_BYTES = 16;

    private final Clock clock;
    private final Duration lifetime;
    private final byte[] key;

    /** A valid link's file and when the link stops working. */
    public record Link(String token, Instant expiresAt) {
    }

    @Activate
    public DownloadTokens(@Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.requests)") Transactions tx,
                          @Reference Attachments attachments) {
        this(secret(tx, attachments.settings().secret()), Duration.ofMinutes(attachments.settings().downloadMinutes()),
                Clock.systemUTC());
    }

    DownloadTokens(byte[] key, Duration lifetime, Clock clock) {
        this.key = key.clone();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Link issue(long attachmentId) {
        Instant expires = clock.instant().plus(lifetime);
        ByteBuffer payload = ByteBuffer.allocate(16).putLong(attachmentId).putLong(expires.getEpochSecond());
        byte[] token = ByteBuffer.allocate(16 + MAC_BYTES).put(payload.array()).put(mac(payload.array())).array();
        return new Link(Base64.getUrlEncoder().withoutPadding().encodeToString(token), expires);
    }

    /** The attachment a token names, when it is genuine and not expired. */
    public OptionalLong verify(String token) {
        byte[] bytes;
        try {
            bytes = token == null || token.length() > 64 ? null : Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            bytes = null;
        }
        if (bytes == null || bytes.length != 16 + MAC_BYTES) {
            return OptionalLong.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, 16);
        if (!MessageDigest.isEqual(mac(payload), Arrays.copyOfRange(bytes, 16, bytes.length))) {
            return OptionalLong.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(payload);
        long attachmentId = read.getLong();
        long expires = read.getLong();
        return clock.instant().getEpochSecond() < expires ? OptionalLong.of(attachmentId) : OptionalLong.empty();
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The configured key, or the one in the database, made by the first node that needs it. */
    private static byte[] secret(Transactions tx, String configured) {
        if (configured != null) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        String stored = tx.read(em -> {
            SecretEntity s = em.find(SecretEntity.class, SECRET_NAME);
            return s == null ? null : s.getValue();
        });
        if (stored == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                tx.run(em -> em.persist(new SecretEntity(SECRET_NAME, Base64.getEncoder().encodeToString(fresh))));
            } catch (RuntimeException anotherNodeWasFirst) {
                // the key is the row that won; read it below
            }
            stored = tx.read(em -> em.find(SecretEntity.class, SECRET_NAME).getValue());
        }
        return Base64.getDecoder().decode(stored);
    }
}

package org.hromada.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hromada.platform.api.security.Authenticator;
import org.hromada.platform.api.security.Identity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the web bundle's "who is this bearer token?" for every request that carries one. Roles
 * and the enabled flag are read per request, so a change by an admin takes effect at once.
 */
@Component(service = Authenticator.class)
public class TokenAuthenticator implements Authenticator {
    private static final Logger LOG = LoggerFactory.getLogger(TokenAuthenticator.class);

    @Reference
    private TokenStore tokens;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Optional<Identity> authenticateToken(String token) {
        if (!Secrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenRecord> usable = tokens.find(Secrets.tokenHash(token)).filter(t -> t.usableAt(now));
        usable.filter(t -> t.needsTouchAt(now)).ifPresent(t -> touch(t, now));
        return usable.map(TokenRecord::identity);
    }

    private void touch(TokenRecord token, Instant now) {
        try {
            tokens.touch(token.id(), now);
        } catch (RuntimeException e) {
            // Bookkeeping only: a failed write must not turn a valid token away.
            LOG.warn("Could not record the use of token {}", token.id(), e);
        }
    }
}

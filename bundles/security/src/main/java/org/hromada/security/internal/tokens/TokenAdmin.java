package org.hromada.security.internal.tokens;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.security.internal.IntegrationToken;
import org.hromada.security.internal.TokenStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Integration tokens as admins manage them, through the API or the console; every change is audited. */
@Component(service = TokenAdmin.class)
public class TokenAdmin {
    static final String ENTITY = "token";

    @Reference
    private TokenStore tokens;

    @Reference
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** Checks the request (see {@link TokenRules}); the caller shows the errors when it is not valid. */
    public TokenRules.Checked check(String name, String role, String expires) {
        return TokenRules.check(name, role, expires, clock.instant());
    }

    /** Creates a checked token; 409 when a live token has the name. */
    public IntegrationToken.Created create(Identity actor, TokenRules.Checked checked) {
        IntegrationToken.Created created = tokens.issueIntegration(checked.name(), checked.role(),
                checked.expiresAt(), actor.username());
        IntegrationToken info = created.info();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", info.name());
        after.put("role", info.role());
        after.put("expiresAt", info.expiresAt().toString());
        audit.record(AuditEntry.of(actor, "token.create", ENTITY, info.id()).withSummary(info.name())
                .withChange(Map.of(), after));
        return created;
    }

    public PageResult<IntegrationToken> list(int page, int size) {
        return tokens.integrationTokens(page, size);
    }

    public Optional<IntegrationToken> find(long id) {
        return tokens.integrationToken(id);
    }

    /** Revokes a token; 404 when there is no such integration token. Revoking twice is harmless. */
    public IntegrationToken revoke(Identity actor, long id) {
        IntegrationToken token = find(id).orElseThrow(() -> ProblemException.notFound("There is no token " + id + "."));
        if (tokens.revokeIntegration(id)) {
            audit.record(AuditEntry.of(actor, "token.revoke", ENTITY, id).withSummary(token.name())
                    .withChange(Map.of("state", token.state()), Map.of("state", IntegrationToken.REVOKED)));
        }
        return find(id).orElse(token);
    }
}

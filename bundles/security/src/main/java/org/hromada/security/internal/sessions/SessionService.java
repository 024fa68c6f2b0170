package org.hromada.security.internal.sessions;

import java.time.Clock;
import java.util.Optional;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.security.Session;
import org.hromada.platform.api.security.Sessions;
import org.hromada.platform.api.security.SignIn;
import org.hromada.security.internal.SecuritySettings;
import org.hromada.security.internal.UserStore;
import org.hromada.security.internal.auth.SignInThrottle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The console's {@link Sessions}, kept in the database. Shares the sign-in throttle with the API's
 * token endpoint, so guesses on one count on the other.
 */
@Component(service = {Sessions.class, SessionService.class})
public class SessionService implements Sessions {

    @Reference
    private UserStore users;

    @Reference
    private SessionStore store;

    @Reference
    private SignInThrottle throttle;

    @Reference
    private AuditLog audit;

    private SessionKeeper keeper;

    @Activate
    void activate(BundleContext context) {
        SecuritySettings settings = SecuritySettings.from(context);
        keeper = new SessionKeeper(Clock.systemUTC(), settings.sessionIdle(), settings.sessionAbsolute(),
                throttle.get(), users::authenticate, store, audit);
    }

    @Override
    public SignIn signIn(String username, String password, String clientAddress) {
        return keeper.signIn(username, password, clientAddress);
    }

    @Override
    public Optional<Session> resume(String sessionId) {
        return keeper.resume(sessionId);
    }

    @Override
    public void end(String sessionId) {
        keeper.end(sessionId);
    }

    /** Ends all sessions of a user but the one whose CSRF token is {@code keepCsrfToken} (null: all). */
    public int endAllOf(String username, String keepCsrfToken) {
        return keeper.endAllOf(username, keepCsrfToken);
    }
}

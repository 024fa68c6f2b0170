package org.hromada.security.internal.auth;

import java.time.Clock;
import org.hromada.security.internal.SecuritySettings;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The one {@link LoginThrottle} of this node, shared by every way to sign in (the API's
 * {@code POST /api/v1/auth/token} and the console's sign-in), so that failures on one count on the other.
 */
@Component(service = SignInThrottle.class)
public class SignInThrottle {
    private LoginThrottle throttle;

    @Activate
    void activate(BundleContext context) {
        SecuritySettings settings = SecuritySettings.from(context);
        throttle = new LoginThrottle(Clock.systemUTC(), settings.maxFailures(), settings.maxFailuresPerAddress(),
                LoginThrottle.DEFAULT_WINDOW);
    }

    public LoginThrottle get() {
        return throttle;
    }
}

package org.hromada.console.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Session;
import org.hromada.platform.api.security.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every signed-in page passes first: a live session (else to sign-in), readable parameters,
 * and for a non-GET/HEAD the session's CSRF token. {@code _csrf} is then dropped from the parameters.
 */
final class SessionGate {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class); // the console's log category

    private final FormParams forms;
    private final SignInPages signIn;
    private final PageWriter pages;

    SessionGate(FormParams forms, SignInPages signIn, PageWriter pages) {
        this.forms = forms;
        this.signIn = signIn;
        this.pages = pages;
    }

    /** The request's parameters with the session, identity and token set on {@code x}; null when answered. */
    Map<String, List<String>> pass(Exchange x, Sessions s, String below) throws IOException {
        String method = x.req.getMethod();
        String sessionId = Cookies.read(x.req.getHeader("Cookie"), Cookies.SESSION);
        Optional<Session> session = sessionId == null || sessionId.isEmpty() ? Optional.empty() : s.resume(sessionId);
        if (session.isEmpty()) {
            if (sessionId != null) {
                x.resp.addHeader("Set-Cookie", Cookies.expire(Cookies.SESSION, x.secure));
            }
            signIn.toSignIn(x, below);
            return null;
        }
        x.session = session.get();
        x.identity = x.session.identity().via(Channels.CONSOLE);
        x.csrfToken = x.session.csrfToken();

        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!forms.read(x, params)) {
            return null;
        }
        if (Csrf.isUnsafe(method)) {
            List<String> field = params.get(Csrf.FIELD);
            String sent = Csrf.sent(x.req.getHeader(Csrf.HEADER), field == null || field.isEmpty() ? null : field.get(0));
            if (!Csrf.matches(x.csrfToken, sent)) {
                LOG.warn("CSRF token missing or wrong: {} {} by {}", method, below, x.identity.username());
                pages.problem(x, 403, "console.error.csrf", null);
                return null;
            }
        }
        params.remove(Csrf.FIELD);
        return params;
    }
}

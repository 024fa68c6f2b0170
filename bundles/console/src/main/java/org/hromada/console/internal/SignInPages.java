package org.hromada.console.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.security.Sessions;
import org.hromada.platform.api.security.SignIn;

/** The sign-in form and its post, sign-out, and the way to the sign-in page without a session. */
final class SignInPages {
    private final ConsoleMessages messages;
    private final PageWriter pages;

    SignInPages(ConsoleMessages messages, PageWriter pages) {
        this.messages = messages;
        this.pages = pages;
    }

    /**
     * Sign-in, defended against login CSRF by a double-submit token: the form carries a random
     * value that must equal the {@code hromada_signin_csrf} cookie (SameSite=Strict, HttpOnly), and
     * the Origin check before it applies too.
     */
    void signIn(Exchange x, Sessions s) throws IOException {
        String next = SafeRedirect.target(x.req.getParameter("next"));
        String token = Cookies.read(x.req.getHeader("Cookie"), Cookies.SIGN_IN_CSRF);
        if ("GET".equals(x.req.getMethod()) || "HEAD".equals(x.req.getMethod())) {
            String sessionId = Cookies.read(x.req.getHeader("Cookie"), Cookies.SESSION);
            if (sessionId != null && !sessionId.isEmpty() && s.resume(sessionId).isPresent()) {
                pages.redirect(x, next);
                return;
            }
            form(x, 200, next, "", null, token);
            return;
        }
        if (!"POST".equals(x.req.getMethod())) {
            pages.problem(x, 405, "console.error.method", null);
            return;
        }
        String username = Optional.ofNullable(x.req.getParameter("username")).orElse("").strip();
        String password = Optional.ofNullable(x.req.getParameter("password")).orElse("");
        if (!Cookies.safeValue(token) || !Csrf.matches(token, x.req.getParameter(Csrf.FIELD))) {
            form(x, 403, next, username, "console.signIn.expired", null);
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            form(x, 422, next, username, "console.signIn.missing", token);
            return;
        }
        SignIn result = s.signIn(username, password, x.req.getRemoteAddr());
        if (result instanceof SignIn.Success success) {
            x.resp.addHeader("Set-Cookie", Cookies.session(success.session().id(), x.secure));
            x.resp.addHeader("Set-Cookie", Cookies.expire(Cookies.SIGN_IN_CSRF, x.secure));
            pages.redirect(x, next);
        } else if (result instanceof SignIn.Throttled throttled) {
            Duration wait = throttled.retryAfter() == null || throttled.retryAfter().isNegative()
                    ? Duration.ofMinutes(1) : throttled.retryAfter();
            long seconds = Math.max(1, wait.toSeconds());
            x.resp.setHeader("Retry-After", Long.toString(seconds));
            long minutes = Math.max(1, (seconds + 59) / 60);
            form(x, 429, next, username, "console.signIn.throttled", token, minutes);
        } else {
            form(x, 401, next, username, "console.signIn.refused", token);
        }
    }

    private void form(Exchange x, int status, String next, String username, String errorKey, String token,
                      Object... errorArgs) throws IOException {
        String t = Cookies.safeValue(token) && token != null && !token.isEmpty() ? token : Csrf.newToken();
        x.resp.addHeader("Set-Cookie", Cookies.signInCsrf(t, x.secure));
        x.csrfToken = t;
        Map<String, Object> model = new HashMap<>();
        model.put("next", next);
        model.put("username", username);
        model.put("error", errorKey == null ? "" : messages.get(null, x.lang, errorKey, errorArgs));
        pages.page(x, status, "console.signIn.title", "hromada-console/sign-in.ftl", model, true);
    }

    /** Sign-out, POST only (the CSRF check has passed): the session ends, back to sign-in with a flash. */
    void signOut(Exchange x, Sessions s) throws IOException {
        if (!"POST".equals(x.req.getMethod())) {
            pages.problem(x, 405, "console.error.method", null);
            return;
        }
        s.end(x.session.id());
        x.resp.addHeader("Set-Cookie", Cookies.expire(Cookies.SESSION, x.secure));
        x.resp.addHeader("Set-Cookie", Cookies.flash(new Flash(Flash.CONSOLE, "console.signOut.done").encode(), x.secure));
        pages.redirect(x, "/console/sign-in");
    }

    /** Without a session: 303 to the sign-in page, {@code next} the page asked for (htmx: 401 + HX-Redirect). */
    void toSignIn(Exchange x, String below) {
        String next = "/console" + below;
        if ("GET".equals(x.req.getMethod()) && x.req.getQueryString() != null) {
            next += "?" + x.req.getQueryString();
        }
        if (!"GET".equals(x.req.getMethod())) {
            next = "/console/";
        }
        String location = "/console/sign-in" + (SafeRedirect.target(next).equals(SafeRedirect.HOME) ? ""
                : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        if (x.req.getHeader("HX-Request") != null) {
            x.resp.setStatus(401);
            x.resp.setHeader("HX-Redirect", location);
            return;
        }
        x.resp.setStatus(303);
        x.resp.setHeader("Location", location);
    }
}

package org.hromada.security.internal.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.Optional;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.security.internal.Secrets;
import org.hromada.security.internal.TokenStore;
import org.hromada.security.internal.UserStore;
import org.hromada.security.internal.UserView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /api/v1/auth}: sign in for a token, sign out (revoke it), and ask who you are. */
@Component(service = AuthResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    static final String WRONG_CREDENTIALS = "The username or the password is wrong.";
    private static final Logger LOG = LoggerFactory.getLogger(AuthResource.class);

    @Reference
    private UserStore users;

    @Reference
    private TokenStore tokens;

    @Reference
    private SignInThrottle signInThrottle;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(TokenRequest request, @Context HttpServletRequest http) {
        String username = UserStore.normalize(request.username());
        String address = http == null || http.getRemoteAddr() == null ? "unknown" : http.getRemoteAddr();
        LoginThrottle throttle = signInThrottle.get();
        Optional<Duration> wait = throttle.tryAttempt(username, address);
        if (wait.isPresent()) {
            LOG.info("Sign-in for '{}' from {} refused: too many failures", username, address);
            long seconds = LoginThrottle.retryAfterSeconds(wait.get());
            throw new ProblemException(429, "Too Many Requests", "Too many failed sign-ins. Try again in "
                    + seconds + " seconds.").withHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        Optional<UserView> user = users.authenticate(username, request.password());
        if (user.isEmpty()) {
            LOG.info("Failed sign-in for '{}' from {}", username, address);
            throw new ProblemException(401, "Unauthorized", WRONG_CREDENTIALS)
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        throttle.succeeded(username, address);
        TokenStore.Issued issued = tokens.issue(user.get().username(), "sign-in from " + address);
        TokenResponse body = new TokenResponse(issued.token(), issued.expiresAt(), user.get().username(),
                user.get().roles());
        return Response.ok(body).cacheControl(noStore()).build();
    }

    @DELETE
    @Path("token")
    public Response signOut(@Context SecurityContext security,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String token = Secrets.bearerToken(authorization).orElse(null);
        if (!(security.getUserPrincipal() instanceof Identity) || token == null) {
            throw new NotAuthorizedException("Bearer");
        }
        tokens.revoke(Secrets.tokenHash(token));
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    public Response me(@Context SecurityContext security) {
        if (!(security.getUserPrincipal() instanceof Identity identity)) {
            throw new NotAuthorizedException("Bearer");
        }
        return Response.ok(Me.of(identity)).cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }
}

package org.hromada.security.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On first start (no user {@code admin} yet) creates {@code admin} with the password from
 * {@code hromada.admin.password}, or a random one that is logged once. Does nothing afterwards:
 * changing the property later does not reset an existing admin's password.
 */
@Component(immediate = true)
public class AdminBootstrap {
    public static final String ADMIN = "admin";
    static final int GENERATED_PASSWORD_LENGTH = 20;

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    @Reference
    private UserStore users;

    @Reference
    private AuditLog audit;

    @Activate
    void activate(BundleContext context) {
        if (users.exists(ADMIN)) {
            return;
        }
        String configured = SecuritySettings.from(context).adminPassword();
        boolean generated = configured.isEmpty();
        String password = generated ? Secrets.randomPassword(GENERATED_PASSWORD_LENGTH) : configured;
        if (!generated) {
            PasswordRules.check(ADMIN, password).ifPresent(problem -> LOG.warn(
                    "{} {}; using it for the first admin anyway, change it soon",
                    SecuritySettings.ADMIN_PASSWORD, problem.message()));
        }
        try {
            users.create(ADMIN, password, "Administrator", List.of(Roles.ADMIN), true);
        } catch (ProblemException alreadyThere) {
            return; // another node created it a moment ago
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("username", ADMIN);
        after.put("roles", List.of(Roles.ADMIN));
        after.put("enabled", true);
        audit.record(new AuditEntry(Channels.SYSTEM, Channels.SYSTEM, "user.create", "user", ADMIN,
                "first start", Map.of(), after));
        if (generated) {
            LOG.warn("{}", banner(password));
        } else {
            LOG.info("Created user '{}' with the password from {}", ADMIN, SecuritySettings.ADMIN_PASSWORD);
        }
    }

    /** A block that stands out in the log; it is printed once and never again. */
    static String banner(String password) {
        String rule = "*".repeat(64);
        return String.join(System.lineSeparator(), "", rule,
                "  Created user '" + ADMIN + "'.",
                "  Initial admin password: " + password,
                "  It is shown only this once: sign in and change it, or set",
                "  HROMADA_ADMIN_PASSWORD before the first start next time.",
                rule);
    }
}

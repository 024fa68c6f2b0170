package org.hromada.requests.internal.office;

import java.util.Optional;
import org.hromada.platform.api.security.Identity;

/**
 * Where to send requests, as the API, the console, the public pages and the Article 15 checks read and write it
 * ({@link OfficeStore}); the unit tests put an in-memory stand-in here.
 */
public interface OfficeBook {

    /** The office, or empty before anyone set it. */
    Optional<OfficeView> find();

    /** Checks ({@link OfficeRules}) and stores the office, replacing every field; audited. */
    OfficeView save(Office sent, Identity who);

    /** Whether the postal address and the e-mail are set: one small query. */
    boolean published();
}

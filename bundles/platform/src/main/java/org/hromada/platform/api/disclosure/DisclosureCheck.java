package org.hromada.platform.api.disclosure;

import java.time.Instant;

/**
 * One automated check of an Article 15 item, published by a bundle as a service. The disclosure
 * bundle runs every check on a schedule and on demand, keeps the history of results and shows them;
 * items no bundle checks are attested by an editor instead.
 */
public interface DisclosureCheck {

    /** A stable id, unique across bundles, e.g. {@code documents.acts-on-time}. */
    String id();

    /**
     * The item of Article 15 it covers, as DOMAIN.md section 1.2 numbers them: {@code 1.2} (part 1,
     * item 2), {@code 1.11.3} (part 1, item 11, third point), {@code 2} (part 2: the publication
     * deadline), {@code 4} (part 4: the draft lead time), {@code 6} (part 6: the dates).
     */
    String item();

    /** What is checked, in both languages. */
    LocalText title();

    /** The check as things stand at {@code now}. Must not throw: a failure is a result too. */
    CheckResult run(Instant now);
}

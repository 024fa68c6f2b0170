package org.hromada.disclosure.internal.status;

import java.time.Instant;
import java.util.List;
import org.hromada.disclosure.internal.attestations.Attestation;
import org.hromada.disclosure.internal.catalogue.CatalogueItem;
import org.hromada.disclosure.internal.checks.StoredResult;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.disclosure.LocalText;

/**
 * Where an item stands now, and why.
 *
 * @param status      the status key (see {@link ItemStatus#key()})
 * @param source      what says so: {@code check}, {@code attestation}, {@code points} (item 11 from its
 *                    eight points), {@code catalogue} (not a council's duty) or {@code none}
 * @param checkedAt   when the deciding result was made or the attestation given; null when nothing says
 * @param since       since when it has been missing or late, when a check knows
 * @param summary     the deciding result's summary (empty for attestations and unknown items)
 * @param advice      what to do (from the deciding check)
 * @param evidence    the evidence of every covering check, worst check first
 * @param checks      the latest result of each installed check covering the item, worst first
 * @param attestation the item's attestation, or null
 */
public record ItemState(CatalogueItem item, String status, String source, Instant checkedAt, Instant since,
                        LocalText summary, LocalText advice, List<Evidence> evidence, List<StoredResult> checks,
                        Attestation attestation) {
    public ItemState {
        evidence = List.copyOf(evidence);
        checks = List.copyOf(checks);
    }

    /** True when no check covers the item, so an editor attests it. */
    public boolean attestable() {
        return checks.isEmpty();
    }
}

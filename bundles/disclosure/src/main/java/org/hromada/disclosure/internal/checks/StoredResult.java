package org.hromada.disclosure.internal.checks;

import java.time.Instant;
import java.util.List;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.disclosure.LocalText;

/**
 * One stored run of one check, as the API and the pages show it.
 *
 * @param status the status key: {@code compliant}, {@code missing}, {@code stale}, {@code late}, {@code not_applicable}
 */
public record StoredResult(long id, String checkId, String item, LocalText title, String status, LocalText summary,
                           LocalText advice, List<Evidence> evidence, Instant since, Instant checkedAt,
                           long durationMs) {
    public StoredResult {
        evidence = List.copyOf(evidence);
    }
}

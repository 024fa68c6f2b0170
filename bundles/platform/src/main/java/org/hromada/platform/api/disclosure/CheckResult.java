package org.hromada.platform.api.disclosure;

import java.time.Instant;
import java.util.List;

/**
 * The result of one run of a {@link DisclosureCheck}.
 *
 * @param status   how the item stands
 * @param summary  one sentence for the dashboard, in both languages
 * @param advice   what to do about it, in both languages (empty when compliant)
 * @param evidence the pages or documents the result rests on, the most important first
 * @param since    since when it has been missing or late, or null when unknown or compliant
 */
public record CheckResult(CheckStatus status, LocalText summary, LocalText advice, List<Evidence> evidence,
                          Instant since) {
    public CheckResult {
        evidence = List.copyOf(evidence);
    }
}

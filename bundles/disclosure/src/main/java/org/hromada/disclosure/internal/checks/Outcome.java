package org.hromada.disclosure.internal.checks;

import java.time.Instant;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.LocalText;

/** What one check answered in one run, before it is stored. */
public record Outcome(String checkId, String item, LocalText title, CheckResult result, Instant checkedAt,
                      long durationMs) {
}

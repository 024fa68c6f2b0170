package org.hromada.disclosure.internal.web;

import java.time.Instant;
import java.util.List;
import org.hromada.disclosure.internal.attestations.Attestation;
import org.hromada.disclosure.internal.checks.StoredResult;
import org.hromada.disclosure.internal.status.ItemState;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.disclosure.LocalText;

/** An Article 15 item and where it stands, as {@code GET /api/v1/disclosure/checks} lists it. */
public record ItemView(String item, String parent, int part, LocalText name, boolean appliesToCouncil, String status,
                       String source, Instant checkedAt, Instant since, LocalText summary, LocalText advice,
                       List<Evidence> evidence, List<StoredResult> checks, Attestation attestation) {

    /** @param staff whether the caller may see who attested the item */
    static ItemView of(ItemState s, boolean staff) {
        Attestation attestation = s.attestation() == null || staff ? s.attestation() : s.attestation().anonymous();
        return new ItemView(s.item().id(), s.item().parentId(), s.item().part(), s.item().name(),
                s.item().appliesToCouncil(), s.status(), s.source(), s.checkedAt(), s.since(), s.summary(), s.advice(),
                s.evidence(), s.checks(), attestation);
    }
}

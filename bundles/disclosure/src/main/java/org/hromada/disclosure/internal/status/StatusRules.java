package org.hromada.disclosure.internal.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hromada.disclosure.internal.attestations.Attestation;
import org.hromada.disclosure.internal.catalogue.CatalogueItem;
import org.hromada.disclosure.internal.checks.StoredResult;
import org.hromada.platform.api.disclosure.Evidence;
import org.hromada.platform.api.disclosure.LocalText;
import org.hromada.platform.api.site.SiteDates;

/**
 * How an item's status is decided: the latest results of the installed checks covering it, the worst
 * winning; else its attestation (a compliant or not-applicable one past its review date is stale, a
 * missing one stays missing); else, for item 11, the worst of its points; else unknown, or not
 * applicable where the catalogue says the duty is normally someone else's.
 */
public final class StatusRules {
    private static final LocalText NONE = new LocalText("", "");

    private StatusRules() {
    }

    /**
     * @param latest the latest result of each installed check covering the item
     * @param points the states of the item's points (item 11), empty for the others
     */
    public static ItemState decide(CatalogueItem item, List<StoredResult> latest, Attestation attestation,
                                   List<ItemState> points, LocalDate today) {
        List<StoredResult> worstFirst = latest.stream().sorted(Comparator.comparing(StatusRules::rank)
                .thenComparing(StoredResult::checkedAt, Comparator.reverseOrder())).toList();
        if (!worstFirst.isEmpty()) {
            StoredResult decisive = worstFirst.get(0);
            List<Evidence> evidence = worstFirst.stream().flatMap(r -> r.evidence().stream()).toList();
            return new ItemState(item, rank(decisive).key(), "check", decisive.checkedAt(), decisive.since(),
                    decisive.summary(), decisive.advice(), evidence, worstFirst, attestation);
        }
        if (attestation != null) {
            Instant attestedAt = attestation.attestedOn().atStartOfDay(SiteDates.ZONE).toInstant();
            return new ItemState(item, attested(attestation, today).key(), "attestation", attestedAt, null, NONE,
                    NONE, List.of(), List.of(), attestation);
        }
        Optional<ItemStatus> fromPoints = points.stream().map(p -> ItemStatus.ofKey(p.status()).orElseThrow())
                .reduce(ItemStatus::worst);
        if (fromPoints.isPresent()) {
            Instant newest = points.stream().map(ItemState::checkedAt).filter(t -> t != null)
                    .max(Comparator.naturalOrder()).orElse(null);
            return new ItemState(item, fromPoints.get().key(), "points", newest, null, NONE, NONE, List.of(),
                    List.of(), null);
        }
        ItemStatus status = item.appliesToCouncil() ? ItemStatus.UNKNOWN : ItemStatus.NOT_APPLICABLE;
        return new ItemState(item, status.key(), item.appliesToCouncil() ? "none" : "catalogue", null, null, NONE,
                NONE, List.of(), List.of(), null);
    }

    /** An attestation's status on {@code today}. */
    public static ItemStatus attested(Attestation a, LocalDate today) {
        ItemStatus said = ItemStatus.ofKey(a.status()).orElse(ItemStatus.UNKNOWN);
        return said != ItemStatus.MISSING && a.overdue(today) ? ItemStatus.STALE : said;
    }

    private static ItemStatus rank(StoredResult r) {
        return ItemStatus.ofKey(r.status()).orElse(ItemStatus.UNKNOWN);
    }
}

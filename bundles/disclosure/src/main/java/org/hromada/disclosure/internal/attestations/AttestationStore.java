package org.hromada.disclosure.internal.attestations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hromada.disclosure.internal.entities.AttestationEntity;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.events.Topics;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.site.SiteDates;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Editors' attestations, one per item; each write is recorded in the audit log. */
@Component(service = AttestationStore.class)
public class AttestationStore {

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.disclosure)")
    private Transactions tx;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    private final Clock clock = Clock.systemUTC();

    /** Today on the council's calendar. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SiteDates.ZONE));
    }

    public Optional<Attestation> find(String item) {
        return tx.read(em -> Optional.ofNullable(em.find(AttestationEntity.class, item)).map(AttestationStore::view));
    }

    /** Every attestation, by item. */
    public Map<String, Attestation> all() {
        return tx.read(em -> em.createQuery("from AttestationEntity a", AttestationEntity.class).getResultList()
                .stream().map(AttestationStore::view)
                .collect(Collectors.toMap(Attestation::item, Function.identity())));
    }

    /** Checks and stores an attestation of a known item, replacing the one before. */
    public Attestation attest(String item, AttestationRequest request, Identity who) {
        AttestationRequest a = AttestationRules.check(request, today());
        Attestation[] before = new Attestation[1];
        Attestation after = tx.inTransaction(em -> {
            AttestationEntity entity = em.find(AttestationEntity.class, item);
            boolean created = entity == null;
            if (created) {
                entity = new AttestationEntity(item);
            } else {
                before[0] = view(entity);
            }
            entity.set(a.status(), a.url(), a.note(), a.attestedOn(), a.reviewDays(), who.username(),
                    clock.instant());
            if (created) {
                em.persist(entity);
            }
            return view(entity);
        });
        EventAdmin admin = events;
        if (admin != null) {
            // The public page and API reads are cached; a console write does not purge them by itself.
            admin.sendEvent(new Event(Topics.SITE_CHANGED, Map.of("bundle", "org.hromada.disclosure")));
        }
        AuditLog log = audit;
        if (log != null) {
            log.record(AuditEntry.of(who, before[0] == null ? "disclosure_attestation.create"
                    : "disclosure_attestation.update", "disclosure_attestation", item)
                    .withSummary(item + ": " + after.status())
                    .withChange(changed(before[0], after), changed(after, before[0])));
        }
        return after;
    }

    /** The fields of {@code a} that differ in {@code other} (all of them when other is null). */
    private static Map<String, Object> changed(Attestation a, Attestation other) {
        Map<String, Object> fields = fields(a);
        fields.entrySet().removeIf(e -> e.getValue().equals(fields(other).get(e.getKey())));
        return fields;
    }

    private static Map<String, Object> fields(Attestation a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (a != null) {
            fields.put("status", a.status());
            fields.put("url", a.url());
            fields.put("note", a.note());
            fields.put("attestedOn", a.attestedOn().toString());
            fields.put("reviewDays", a.reviewDays());
        }
        return fields;
    }

    private static Attestation view(AttestationEntity e) {
        return new Attestation(e.getItemId(), e.getStatus(), e.getUrl(), e.getNote(), e.getAttestedOn(),
                e.getReviewDays(), e.getAttestedOn().plusDays(e.getReviewDays()), e.getAttestedBy(), e.getUpdatedAt());
    }
}

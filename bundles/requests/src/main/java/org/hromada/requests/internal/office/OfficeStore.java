package org.hromada.requests.internal.office;

import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.events.Topics;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.persistence.WriteFailures;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The request office in {@code requests_office}: one row, created by the first save. Each save is one
 * transaction and one audit entry ({@code request_office.create} or {@code .update}, with the fields that
 * changed). Public pages and API reads are cached; both the API's writes and the console's purge those caches.
 */
@Component(service = OfficeBook.class)
public class OfficeStore implements OfficeBook {
    static final String AUDIT_TYPE = "request_office";

    private final Clock clock = Clock.systemUTC();
    private final Transactions tx;

    // Optional and dynamic, as for the register: a write is recorded when the audit log is there.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;

    // Optional and dynamic: without Event Admin the Article 15 checks catch up at their next scheduled run.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public OfficeStore(@Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.requests)") Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<OfficeView> find() {
        return tx.read(em -> Optional.ofNullable(em.find(OfficeEntity.class, OfficeEntity.ID))
                .map(e -> OfficeView.of(e.office(), e.getUpdatedAt(), e.getUpdatedBy())));
    }

    @Override
    public boolean published() {
        return tx.read(em -> em.createQuery("select count(o) from OfficeEntity o where o.postalAddress is not null"
                + " and o.email is not null", Long.class).getSingleResult() > 0);
    }

    @Override
    public OfficeView save(Office sent, Identity who) {
        Office office = OfficeRules.check(sent);
        Instant now = clock.instant();
        Office[] before = new Office[1];
        OfficeView saved = write(office, who.username(), now, before, false);
        record(AuditEntry.of(who, AUDIT_TYPE + (before[0] == null ? ".create" : ".update"), AUDIT_TYPE,
                OfficeEntity.ID).withSummary(office.postalAddress())
                .withChange(changed(before[0], office), changed(office, before[0])));
        EventAdmin admin = events;
        if (admin != null) {
            // The request-procedure checks read the office: the disclosure bundle looks again at once.
            admin.postEvent(new Event(Topics.DISCLOSURE_RECHECK, Map.of("bundle", "org.hromada.requests")));
        }
        return saved;
    }

    /**
     * Demo mode: the fictional council's office, only while none is stored; true when it was stored. Not
     * audited: no one made the change.
     */
    boolean fillIfEmpty(Office office, String actor) {
        return write(OfficeRules.check(office), actor, clock.instant(), new Office[1], true) != null;
    }

    private OfficeView write(Office office, String actor, Instant now, Office[] before, boolean onlyIfEmpty) {
        try {
            return tx.inTransaction(em -> {
                em.setFlushMode(FlushModeType.COMMIT);
                OfficeEntity entity = em.find(OfficeEntity.class, OfficeEntity.ID);
                if (entity == null) {
                    entity = new OfficeEntity(office, actor, now);
                    em.persist(entity);
                } else if (onlyIfEmpty) {
                    return null;
                } else {
                    before[0] = entity.office();
                    entity.set(office, actor, now);
                }
                em.flush();
                return OfficeView.of(entity.office(), entity.getUpdatedAt(), entity.getUpdatedBy());
            });
        } catch (PersistenceException e) {
            // Two first saves at once: one inserts the row, the other loses on the key; a stale version alike.
            if (WriteFailures.isStaleVersion(e) || WriteFailures.violates(e, "primary key violation")
                    || WriteFailures.violates(e, "duplicate entry")) {
                if (onlyIfEmpty) {
                    return null;
                }
                throw ProblemException.conflict("Someone else changed where to send requests meanwhile; send it again.");
            }
            throw e;
        }
    }

    /** The fields of {@code a} that differ in {@code other} (all of them when other is null; none for null a). */
    static Map<String, Object> changed(Office a, Office other) {
        if (a == null) {
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>(a.fields());
        if (other != null) {
            Map<String, Object> others = other.fields();
            fields.entrySet().removeIf(e -> Objects.equals(e.getValue(), others.get(e.getKey())));
        }
        return fields;
    }

    private void record(AuditEntry entry) {
        AuditLog log = audit;
        if (log != null) {
            log.record(entry);
        }
    }
}

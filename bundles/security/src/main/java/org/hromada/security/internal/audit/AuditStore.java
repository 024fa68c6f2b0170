package org.hromada.security.internal.audit;

import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.web.PageResult;
import org.hromada.security.internal.entities.AuditEntity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log in the database: {@link AuditLog} for every bundle, and the reads for the API and
 * the console. Nothing here updates or deletes an entry.
 */
@Component(service = {AuditLog.class, AuditStore.class})
public class AuditStore implements AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditStore.class);

    @Reference(target = "(osgi.unit.name=org.hromada.security)")
    private Transactions tx;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void record(AuditEntry entry) {
        try {
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            AuditEntity row = new AuditEntity(at, cut(entry.actor(), 100), cut(entry.channel(), 20),
                    cut(entry.action(), 100), cut(entry.entityType(), 64), cut(entry.entityId(), 200),
                    cut(entry.summary(), 500), AuditJson.write(entry.before()), AuditJson.write(entry.after()));
            tx.run(em -> em.persist(row));
        } catch (RuntimeException e) {
            LOG.error("Could not record in the audit log: {} {} {}/{} by {} ({})", entry.action(), entry.summary(),
                    entry.entityType(), entry.entityId(), entry.actor(), entry.channel(), e);
        }
    }

    public PageResult<AuditView> query(AuditQuery query) {
        return tx.read(em -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> parameters = new LinkedHashMap<>();
            filter(where, parameters, "actor", query.actor());
            filter(where, parameters, "action", query.action());
            filter(where, parameters, "entityType", query.entityType());
            filter(where, parameters, "entityId", query.entityId());
            filter(where, parameters, "channel", query.channel());
            if (query.from() != null) {
                where.append(" and a.at >= :from");
                parameters.put("from", query.from());
            }
            if (query.toExclusive() != null) {
                where.append(" and a.at < :to");
                parameters.put("to", query.toExclusive());
            }
            TypedQuery<AuditEntity> items = em.createQuery("from AuditEntity a" + where
                    + " order by a.at desc, a.id desc", AuditEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(a) from AuditEntity a" + where, Long.class);
            parameters.forEach((name, value) -> {
                items.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<AuditView> page = new ArrayList<>();
            items.setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) (query.page() - 1) * query.size()))
                    .setMaxResults(query.size())
                    .getResultList().forEach(row -> page.add(view(row)));
            return new PageResult<>(page, count.getSingleResult(), query.page(), query.size());
        });
    }

    public Optional<AuditView> find(long id) {
        return tx.read(em -> Optional.ofNullable(em.find(AuditEntity.class, id)).map(AuditStore::view));
    }

    /**
     * The newest {@code count} changes for the dashboard: sign-ins and sign-outs are left out, and so
     * are users and tokens unless {@code withSecurity}.
     */
    public List<AuditView> recentChanges(int count, boolean withSecurity) {
        String where = " where a.action not like 'session.%'"
                + (withSecurity ? "" : " and a.entityType not in ('user', 'token')");
        return tx.read(em -> em.createQuery("from AuditEntity a" + where + " order by a.at desc, a.id desc",
                        AuditEntity.class)
                .setMaxResults(count)
                .getResultList().stream().map(AuditStore::view).toList());
    }

    private static void filter(StringBuilder where, Map<String, Object> parameters, String field, String value) {
        if (value != null) {
            where.append(" and a.").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }

    static AuditView view(AuditEntity row) {
        return new AuditView(row.getId(), row.getAt(), row.getActor(), row.getChannel(), row.getAction(),
                row.getEntityType(), row.getEntityId(), row.getSummary(), AuditJson.read(row.getBeforeJson()),
                AuditJson.read(row.getAfterJson()));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}

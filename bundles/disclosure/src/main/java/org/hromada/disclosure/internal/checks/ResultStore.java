package org.hromada.disclosure.internal.checks;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hromada.disclosure.internal.entities.ResultEntity;
import org.hromada.platform.api.disclosure.CheckResult;
import org.hromada.platform.api.disclosure.LocalText;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.web.PageResult;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The history of results. Each run adds one row per check; rows beyond the newest {@value #KEEP} of a
 * check are deleted in the same transaction, so the table stays bounded (hourly runs keep about eight
 * days of each check, and every change of status in that time).
 */
@Component(service = ResultStore.class)
public class ResultStore {
    static final int KEEP = 200;
    private static final int TEXT = 2000;
    private static final int TITLE = 400;

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.disclosure)")
    private Transactions tx;

    public void save(List<Outcome> outcomes) {
        tx.run(em -> {
            for (Outcome o : outcomes) {
                em.persist(entity(o));
            }
            em.flush();
            for (Outcome o : outcomes) {
                prune(em, o.checkId());
            }
        });
    }

    /** The newest result of each of these checks that has one. */
    public Map<String, StoredResult> latest(Collection<String> checkIds) {
        if (checkIds.isEmpty()) {
            return Map.of();
        }
        return tx.read(em -> {
            List<ResultEntity> rows = em.createQuery("from ResultEntity r where r.id in (select max(x.id) from"
                    + " ResultEntity x where x.checkId in :ids group by x.checkId)", ResultEntity.class)
                    .setParameter("ids", checkIds).getResultList();
            Map<String, StoredResult> byCheck = new HashMap<>();
            rows.forEach(r -> byCheck.put(r.getCheckId(), view(r)));
            return byCheck;
        });
    }

    /** The results of every check of an item, newest first. */
    public PageResult<StoredResult> history(String item, int page, int size) {
        return tx.read(em -> {
            long total = em.createQuery("select count(r) from ResultEntity r where r.itemId = :item", Long.class)
                    .setParameter("item", item).getSingleResult();
            List<StoredResult> rows = em.createQuery("from ResultEntity r where r.itemId = :item order by r.id desc",
                    ResultEntity.class).setParameter("item", item).setFirstResult((page - 1) * size)
                    .setMaxResults(size).getResultList().stream().map(ResultStore::view).toList();
            return new PageResult<>(rows, total, page, size);
        });
    }

    private static void prune(EntityManager em, String checkId) {
        List<Long> oldestKept = em.createQuery(
                "select r.id from ResultEntity r where r.checkId = :c order by r.id desc", Long.class)
                .setParameter("c", checkId).setFirstResult(KEEP - 1).setMaxResults(1).getResultList();
        if (!oldestKept.isEmpty()) {
            em.createQuery("delete from ResultEntity r where r.checkId = :c and r.id < :id").setParameter("c", checkId)
                    .setParameter("id", oldestKept.get(0)).executeUpdate();
        }
    }

    private static ResultEntity entity(Outcome o) {
        CheckResult r = o.result();
        LocalText summary = orEmpty(r.summary());
        LocalText advice = orEmpty(r.advice());
        LocalText title = orEmpty(o.title());
        return new ResultEntity(cut(o.checkId(), 120), cut(o.item(), 12), cut(title.uk(), TITLE),
                cut(title.en(), TITLE),
                r.status().name().toLowerCase(Locale.ROOT), cut(summary.uk(), TEXT), cut(summary.en(), TEXT),
                cut(advice.uk(), TEXT), cut(advice.en(), TEXT), EvidenceJson.write(r.evidence()), r.since(),
                o.checkedAt(), o.durationMs());
    }

    static StoredResult view(ResultEntity r) {
        return new StoredResult(r.getId(), r.getCheckId(), r.getItemId(), new LocalText(r.getTitleUk(), r.getTitleEn()),
                r.getStatus(), new LocalText(r.getSummaryUk(), r.getSummaryEn()),
                new LocalText(r.getAdviceUk(), r.getAdviceEn()), EvidenceJson.read(r.getEvidence()), r.getSince(),
                r.getCheckedAt(), r.getDurationMs());
    }

    private static LocalText orEmpty(LocalText text) {
        return new LocalText(text == null || text.uk() == null ? "" : text.uk(),
                text == null || text.en() == null ? "" : text.en());
    }

    /** A check's texts are its own affair: keep what fits rather than lose the result. */
    static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

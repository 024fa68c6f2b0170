package org.hromada.documents.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hromada.documents.internal.entities.KindEntity;
import org.hromada.documents.internal.model.Numbering;
import org.hromada.documents.internal.model.PublicationRule;
import org.hromada.documents.internal.web.KindRequest;
import org.hromada.documents.internal.web.KindView;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The kinds of documents: seeded by the migration, more added by administrators. */
@Component(service = KindStore.class)
public class KindStore {

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;

    public List<KindView> list() {
        return tx.read(em -> em.createQuery("from KindEntity k order by k.position, k.id", KindEntity.class)
                .getResultList().stream().map(KindView::of).toList());
    }

    public KindView add(KindRequest req, Identity who) {
        KindRequest kind = check(req);
        KindView added = Writes.run(tx, em -> {
            boolean taken = !em.createQuery("select k.id from KindEntity k where k.code = :code or k.segment = :segment",
                    Long.class).setParameter("code", kind.code()).setParameter("segment", kind.segment())
                    .getResultList().isEmpty();
            if (taken) {
                throw ProblemException.conflict("There is already a kind with code " + kind.code() + " or segment "
                        + kind.segment() + ".");
            }
            KindEntity entity = new KindEntity(kind.code(), kind.nameUk(), kind.nameEn(), kind.segment(),
                    kind.numberingScope(), kind.position(), kind.publicationRule());
            em.persist(entity);
            return KindView.of(entity);
        });
        AuditLog log = audit;
        if (log != null) {
            log.record(AuditEntry.of(who, "document_kind.create", "document_kind", added.code())
                    .withSummary(added.nameUk()).withChange(Map.of(), Map.of("code", added.code(),
                            "nameUk", added.nameUk(), "nameEn", added.nameEn(), "segment", added.segment(),
                            "numberingScope", added.numberingScope(), "position", added.position(),
                            "publicationRule", added.publicationRule())));
        }
        return added;
    }

    /** Checks a new kind; returns it trimmed, with the scope defaulting to {@code year}. */
    static KindRequest check(KindRequest req) {
        if (req == null) {
            throw ProblemException.invalid(List.of(new FieldError("code", "is required")));
        }
        List<FieldError> errors = new ArrayList<>();
        String code = trimmed(req.code());
        if (!code.matches("[a-z][a-z0-9_]{1,39}")) {
            errors.add(new FieldError("code", "must be 2 to 40 lower-case latin letters, digits and underscores"));
        }
        String segment = trimmed(req.segment());
        if (segment.length() > 60 || !segment.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            errors.add(new FieldError("segment", "must be at most 60 lower-case latin letters, digits and single hyphens"));
        }
        String nameUk = name(req.nameUk(), "nameUk", errors);
        String nameEn = name(req.nameEn(), "nameEn", errors);
        String scope = req.numberingScope() == null ? Numbering.YEAR : req.numberingScope().strip();
        if (!Numbering.isScope(scope)) {
            errors.add(new FieldError("numberingScope", "must be year or convocation"));
        }
        int position = req.position() == null ? 100 : req.position();
        if (position < 0 || position > 1_000_000) {
            errors.add(new FieldError("position", "must be a whole number from 0 to 1000000"));
        }
        String rule = req.publicationRule() == null ? PublicationRule.ACT.key() : req.publicationRule().strip();
        if (PublicationRule.parse(rule).isEmpty()) {
            errors.add(new FieldError("publicationRule", "must be one of " + PublicationRule.KEYS));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new KindRequest(code, nameUk, nameEn, segment, scope, position, rule);
    }

    private static String name(String raw, String field, List<FieldError> errors) {
        String value = trimmed(raw);
        if (value.isEmpty() || value.length() > 200) {
            errors.add(new FieldError(field, "is required, at most 200 characters"));
        }
        return value;
    }

    private static String trimmed(String raw) {
        return raw == null ? "" : raw.strip();
    }
}

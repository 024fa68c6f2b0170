package org.hromada.documents.internal.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hromada.documents.internal.deadlines.DocumentDeadlines;
import org.hromada.documents.internal.entities.DocumentEntity;
import org.hromada.documents.internal.search.DocumentEvents;
import org.hromada.documents.internal.search.DocumentSearchProvider;
import org.hromada.documents.internal.entities.KindEntity;
import org.hromada.documents.internal.entities.LinkEntity;
import org.hromada.documents.internal.model.LikePatterns;
import org.hromada.documents.internal.model.LinkType;
import org.hromada.documents.internal.model.Numbering;
import org.hromada.documents.internal.web.DocumentRequest;
import org.hromada.documents.internal.web.DocumentView;
import org.hromada.documents.internal.web.LinkRequest;
import org.hromada.documents.internal.web.LinkView;
import org.hromada.documents.internal.web.ListParams;
import org.hromada.platform.api.audit.AuditEntry;
import org.hromada.platform.api.audit.AuditLog;
import org.hromada.platform.api.persistence.PersistenceUnit;
import org.hromada.platform.api.persistence.Transactions;
import org.hromada.platform.api.search.SiteSearch;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The documents and their links; each method is one transaction, each write one audit entry. */
@Component(service = DocumentStore.class)
public class DocumentStore {
    /** The most search hits a register filter takes into account. */
    static final int MAX_SEARCH_HITS = 2000;

    private final Clock clock = Clock.systemUTC();

    @Reference(target = "(" + PersistenceUnit.UNIT_NAME + "=org.hromada.documents)")
    private Transactions tx;

    @Reference
    private DocumentDeadlines deadlines;

    @Reference
    private DocumentEvents events;

    // Optional and dynamic: without the search bundle, words are matched in titles and summaries as typed.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SiteSearch search;

    // Optional and dynamic: the register works without the audit log; a write is recorded when it is there.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AuditLog audit;

    public PageResult<DocumentView> list(ListParams p) {
        Instant now = now();
        return tx.read(em -> {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            Map<String, Object> args = new LinkedHashMap<>();
            if (p.publicOnly()) {
                where.append(" and d.publishedAt is not null and d.publishedAt <= :now");
                args.put("now", now);
            }
            condition(where, args, p.kind(), "d.kind.code = :kind", "kind");
            condition(where, args, p.number(), "lower(d.number) = :number", "number",
                    p.number() == null ? null : p.number().toLowerCase(Locale.ROOT));
            condition(where, args, p.from(), "d.adoptedOn >= :from", "from");
            condition(where, args, p.to(), "d.adoptedOn <= :to", "to");
            condition(where, args, p.status() == null ? null : p.status().key(), "d.status = :status", "status");
            condition(where, args, p.body(), "lower(d.issuingBody) like :body escape '!'", "body", LikePatterns.contains(p.body()));
            condition(where, args, p.convocation(), "d.convocation = :convocation", "convocation");
            condition(where, args, p.session(), "d.sessionNumber = :session", "session");
            if (p.q() != null) {
                // The words in the title or summary as typed, or in any form anywhere (the search index).
                List<Long> found = matching(p.q());
                where.append(" and (lower(d.title) like :q escape '!' or lower(d.summary) like :q escape '!'")
                        .append(found.isEmpty() ? ")" : " or d.id in :found)");
                args.put("q", LikePatterns.contains(p.q()));
                if (!found.isEmpty()) {
                    args.put("found", found);
                }
            }
            TypedQuery<DocumentEntity> page = em.createQuery("select d from DocumentEntity d" + where
                    + " order by d.adoptedOn desc, d.id desc", DocumentEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(d) from DocumentEntity d" + where, Long.class);
            args.forEach((name, value) -> {
                page.setParameter(name, value);
                count.setParameter(name, value);
            });
            List<DocumentView> items = page.setFirstResult((p.page() - 1) * p.size()).setMaxResults(p.size())
                    .getResultList().stream().map(d -> view(d, now, List.of())).toList();
            return new PageResult<>(items, count.getSingleResult(), p.page(), p.size());
        });
    }

    /** The document with its links both ways; the public sees only published documents and links between them. */
    public Optional<DocumentView> find(long id, boolean publicOnly) {
        Instant now = now();
        return tx.read(em -> Optional.ofNullable(em.find(DocumentEntity.class, id))
                .filter(d -> !publicOnly || DocumentView.isPublic(d, now))
                .map(d -> view(d, now, links(em, id, publicOnly, now))));
    }

    public DocumentView create(DocumentRequest req, Identity who) {
        Instant now = now();
        DocumentView created = Writes.run(tx, em -> {
            DocumentEntity d = new DocumentEntity();
            apply(em, d, DocumentRules.check(req, code -> scopeOf(em, code)));
            d.setCreatedAt(now);
            d.setUpdatedAt(now);
            d.setCreatedBy(who.username());
            em.persist(d);
            em.flush();
            return view(d, now, List.of());
        });
        record(AuditEntry.of(who, "document.create", "document", created.id()).withSummary(summary(created))
                .withChange(Map.of(), snapshot(created.id())));
        events.changed(created.id());
        return created;
    }

    public DocumentView update(long id, DocumentRequest req, Identity who) {
        Instant now = now();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        DocumentView updated = Writes.run(tx, em -> {
            DocumentEntity d = existing(em, id);
            if (req.version() != null && req.version() != d.getVersion()) {
                throw ProblemException.conflict("The document has changed since you loaded it: it is at version "
                        + d.getVersion() + ". Load it again and reapply your changes.");
            }
            before.putAll(Snapshots.of(d));
            apply(em, d, DocumentRules.check(req, code -> scopeOf(em, code)));
            after.putAll(Snapshots.of(d));
            Snapshots.keepChanged(before, after);
            if (!after.isEmpty()) {
                d.setUpdatedAt(now);
            }
            em.flush();
            return view(d, now, links(em, id, false, now));
        });
        if (!after.isEmpty()) {
            record(AuditEntry.of(who, "document.update", "document", id).withSummary(summary(updated))
                    .withChange(before, after));
            events.changed(id);
        }
        return updated;
    }

    public void delete(long id, Identity who) {
        Map<String, Object> before = Writes.run(tx, em -> {
            DocumentEntity d = existing(em, id);
            Map<String, Object> fields = Snapshots.of(d);
            em.createQuery("delete from LinkEntity l where l.fromId = :id or l.toId = :id").setParameter("id", id)
                    .executeUpdate();
            em.remove(d);
            return fields;
        });
        record(AuditEntry.of(who, "document.delete", "document", id)
                .withSummary(before.get("kind") + " " + before.get("number") + ": " + before.get("title"))
                .withChange(before, Map.of()));
        events.removed(id);
    }

    public DocumentView link(long id, LinkRequest req, Identity who) {
        Instant now = now();
        List<FieldError> errors = new ArrayList<>();
        LinkType type = req == null ? null : LinkType.parse(req.type()).orElse(null);
        if (type == null) {
            errors.add(new FieldError("type", "must be one of " + LinkType.KEYS));
        }
        if (req == null || req.target() == null) {
            errors.add(new FieldError("target", "is required: the id of the linked document"));
        } else if (req.target() == id) {
            errors.add(new FieldError("target", "must be another document"));
        }
        if (!errors.isEmpty()) {
            existing(id);
            throw ProblemException.invalid(errors);
        }
        long[] linkId = new long[1];
        DocumentView view = Writes.run(tx, em -> {
            existing(em, id);
            if (em.find(DocumentEntity.class, req.target()) == null) {
                throw ProblemException.invalid(List.of(new FieldError("target", "there is no document " + req.target())));
            }
            boolean taken = !em.createQuery("select l.id from LinkEntity l where l.fromId = :from and l.toId = :to"
                            + " and l.type = :type", Long.class).setParameter("from", id).setParameter("to", req.target())
                    .setParameter("type", type.key()).getResultList().isEmpty();
            if (taken) {
                throw ProblemException.conflict("The document already " + type.key() + " document " + req.target() + ".");
            }
            LinkEntity link = new LinkEntity(id, req.target(), type.key());
            em.persist(link);
            em.flush();
            linkId[0] = link.getId();
            return view(em.find(DocumentEntity.class, id), now, links(em, id, false, now));
        });
        record(AuditEntry.of(who, "document.link", "document", id).withSummary(summary(view))
                .withChange(Map.of(), Map.of("link", linkId[0], "type", type.key(), "target", req.target())));
        return view;
    }

    public void unlink(long id, long linkId, Identity who) {
        LinkEntity removed = Writes.run(tx, em -> {
            existing(em, id);
            LinkEntity link = em.find(LinkEntity.class, linkId);
            if (link == null || link.getFromId() != id && link.getToId() != id) {
                throw ProblemException.notFound("Document " + id + " has no link " + linkId + ".");
            }
            em.remove(link);
            return link;
        });
        record(AuditEntry.of(who, "document.unlink", "document", removed.getFromId())
                .withChange(Map.of("link", linkId, "type", removed.getType(), "target", removed.getToId()), Map.of()));
    }

    private void apply(EntityManager em, DocumentEntity d, DocumentRules.Fields f) {
        KindEntity kind = kind(em, f.kind());
        boolean taken = !em.createQuery("select d.id from DocumentEntity d where d.kind = :kind and d.numberScope = :period"
                        + " and lower(d.number) = :number and d.id <> :id", Long.class)
                .setParameter("kind", kind).setParameter("period", f.period())
                .setParameter("number", f.number().toLowerCase(Locale.ROOT))
                .setParameter("id", d.getId() == null ? -1L : d.getId()).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new ProblemException(409, "Duplicate number", "There is already a " + kind.getNameEn().toLowerCase(Locale.ROOT)
                    + " No. " + f.number() + " " + Numbering.describe(f.period()) + ".");
        }
        d.setKind(kind);
        d.setNumber(f.number());
        d.setNumberScope(f.period());
        d.setAdoptedOn(f.adoptedOn());
        d.setTitle(f.title());
        d.setSummary(f.summary());
        d.setBody(f.text());
        d.setIssuingBody(f.issuingBody());
        d.setConvocation(f.convocation());
        d.setSessionNumber(f.sessionNumber());
        d.setDepartment(f.department());
        d.setPublishedAt(f.publishedAt());
        d.setInForceFrom(f.inForceFrom());
        d.setStatus(f.status().key());
        d.setNormative(f.normative());
        d.setRegulatory(f.regulatory());
        d.setConsiderationOn(f.considerationOn());
        d.setLeadTime(f.leadTime().key());
        d.setLeadTimeReason(f.leadTimeReason());
        AccountingRules.Accounting a = f.accounting();
        d.setReceivedOn(a.receivedOn());
        d.setSource(a.source());
        d.setRestrictionBasis(a.restrictionBasis());
        d.setRestrictedUntil(a.restrictedUntil());
        d.setField(a.field());
        d.setKeywords(a.keywords());
        d.setMedium(a.medium().key());
        d.setStorage(a.storage());
    }

    /** Published documents whose text or attachments hold the words in any form; none without the search. */
    private List<Long> matching(String words) {
        SiteSearch engine = search;
        if (engine == null) {
            return List.of();
        }
        try {
            return engine.matching(DocumentSearchProvider.TYPE, words, MAX_SEARCH_HITS);
        } catch (IllegalStateException e) {
            return List.of(); // the index is unreadable: match titles and summaries only
        }
    }

    private DocumentView view(DocumentEntity d, Instant now, List<LinkView> links) {
        return DocumentView.of(d, now, links, deadlines.of(d, now));
    }

    /** Links from the document (by their name) and to it (by the reverse name). */
    private static List<LinkView> links(EntityManager em, long id, boolean publicOnly, Instant now) {
        List<LinkView> views = new ArrayList<>();
        for (LinkEntity link : em.createQuery("from LinkEntity l where l.fromId = :id or l.toId = :id order by l.id",
                LinkEntity.class).setParameter("id", id).getResultList()) {
            boolean outgoing = link.getFromId() == id;
            DocumentEntity other = em.find(DocumentEntity.class, outgoing ? link.getToId() : link.getFromId());
            if (other == null || publicOnly && !DocumentView.isPublic(other, now)) {
                continue;
            }
            LinkType type = LinkType.parse(link.getType()).orElseThrow();
            views.add(new LinkView(link.getId(), outgoing ? type.key() : type.reverse(), other.getId(),
                    other.getKind().getCode(), other.getNumber(), other.getTitle(), other.getAdoptedOn(),
                    DocumentView.isPublic(other, now) ? DocumentView.url(other) : null));
        }
        return views;
    }

    private static String scopeOf(EntityManager em, String code) {
        return em.createQuery("select k.numberingScope from KindEntity k where k.code = :code", String.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private static KindEntity kind(EntityManager em, String code) {
        return em.createQuery("from KindEntity k where k.code = :code", KindEntity.class).setParameter("code", code)
                .getSingleResult();
    }

    private void existing(long id) {
        tx.read(em -> existing(em, id));
    }

    private static DocumentEntity existing(EntityManager em, long id) {
        DocumentEntity d = em.find(DocumentEntity.class, id);
        if (d == null) {
            throw ProblemException.notFound("There is no document with id " + id + ".");
        }
        return d;
    }

    private Map<String, Object> snapshot(long id) {
        return tx.read(em -> Snapshots.of(em.find(DocumentEntity.class, id)));
    }

    private static String summary(DocumentView d) {
        return d.kind() + " " + d.number() + ": " + d.title();
    }

    private static <T> void condition(StringBuilder where, Map<String, Object> args, T value, String clause,
                                      String name) {
        condition(where, args, value, clause, name, value);
    }

    private static void condition(StringBuilder where, Map<String, Object> args, Object present, String clause,
                                  String name, Object value) {
        if (present != null) {
            where.append(" and ").append(clause);
            args.put(name, value);
        }
    }

    private void record(AuditEntry entry) {
        AuditLog log = audit;
        if (log != null) {
            log.record(entry);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

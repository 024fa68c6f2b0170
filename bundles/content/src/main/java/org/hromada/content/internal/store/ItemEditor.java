package org.hromada.content.internal.store;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.TreeSet;
import org.hromada.content.internal.entities.ContentItemEntity;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.text.RichText;
import org.hromada.content.internal.text.Slugs;
import org.hromada.content.internal.web.ItemRequest;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.ProblemException;

/**
 * Copies a request onto an item: sanitises the body, derives the summary, makes the slug unique,
 * checks parent and translation. Invalid fields give one 422 listing them all; a slug or a
 * translation already taken gives 409.
 */
final class ItemEditor {
    private static final int MAX_SUFFIX = 10_000;
    /** Checks a cover id (see {@code Covers#problem}). */
    static final LongFunction<Optional<FieldError>> NO_COVER_CHECK = id -> Optional.empty();

    private ItemEditor() {
    }

    static void apply(EntityManager em, ContentType type, ContentItemEntity item, ItemRequest req,
                      LongFunction<Optional<FieldError>> coverCheck) {
        boolean creating = item.getId() == null;
        List<FieldError> errors = new ArrayList<>();
        if (req.slug() != null && !req.slug().isEmpty() && !Slugs.isValid(req.slug())) {
            errors.add(new FieldError("slug", "must be lower-case latin letters, digits and single hyphens, at most "
                    + Slugs.MAX_LENGTH + " characters"));
        }
        if (req.publishAt() != null && req.unpublishAt() != null && !req.unpublishAt().isAfter(req.publishAt())) {
            errors.add(new FieldError("unpublishAt", "must be after publishAt"));
        }
        if (req.coverId() != null && req.coverId() > 0) {
            coverCheck.apply(req.coverId()).ifPresent(errors::add);
        }
        if (req.parentId() != null) {
            parentProblem(em, type, item, req.parentId()).ifPresent(errors::add);
        }
        ContentItemEntity counterpart = req.translationOf() == null ? null
                : translationTarget(em, type, item, req.translationOf(), req.language(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!creating && !req.language().equals(item.getLanguage()) && req.translationOf() == null) {
            checkLanguageChange(em, item, req.language());
        }
        item.setTitle(req.title().strip());
        item.setLanguage(req.language());
        if (creating || req.body() != null) {
            item.setBody(RichText.sanitize(req.body() == null ? "" : req.body()));
        }
        if (req.summary() != null && !req.summary().isBlank()) {
            item.setSummary(req.summary().strip());
        } else if (creating || req.summary() != null || req.body() != null && item.getSummary().isEmpty()) {
            item.setSummary(Summaries.fromBody(item.getBody()));
        }
        if (req.section() != null || creating) {
            item.setSection(req.section() == null || req.section().isEmpty() ? null : req.section());
        }
        if (req.tags() != null) {
            item.setTags(new TreeSet<>(req.tags().stream().map(String::strip).toList()));
        }
        if (req.pinned() != null || creating) {
            item.setPinned(Boolean.TRUE.equals(req.pinned()));
        }
        if (req.publishAt() != null) {
            item.setPublishAt(Writes.micros(req.publishAt()));
        }
        if (req.unpublishAt() != null) {
            item.setUnpublishAt(Writes.micros(req.unpublishAt()));
        }
        if (req.parentId() != null) {
            item.setParentId(req.parentId());
        }
        if (req.coverId() != null) {
            item.setCoverId(req.coverId() == 0 ? null : req.coverId());
        }
        if (req.coverAlt() != null) {
            item.setCoverAlt(req.coverAlt().isBlank() ? null : req.coverAlt().strip());
        }
        if (req.position() != null || creating) {
            item.setPosition(req.position() == null ? 0 : req.position());
        }
        item.setSlug(slug(em, type, item, req.slug()));
        if (counterpart != null && !Objects.equals(item.getTranslationId(), counterpart.getId())) {
            link(em, item, counterpart);
        }
    }

    /** The explicit slug when free (409 when not); otherwise the current one or one made from the title. */
    private static String slug(EntityManager em, ContentType type, ContentItemEntity item, String wanted) {
        if (wanted != null && !wanted.isEmpty()) {
            if (Items.slugTaken(em, type, item.getLanguage(), wanted, item.getId())) {
                throw ProblemException.conflict("The slug '" + wanted + "' is already used by another "
                        + type.key() + " in " + item.getLanguage() + ".");
            }
            return wanted;
        }
        if (item.getSlug() != null && !Items.slugTaken(em, type, item.getLanguage(), item.getSlug(), item.getId())) {
            return item.getSlug();
        }
        String base = Slugs.of(item.getTitle());
        for (int n = 1; n < MAX_SUFFIX; n++) {
            String candidate = n == 1 ? base : Slugs.withSuffix(base, n);
            if (!Items.slugTaken(em, type, item.getLanguage(), candidate, item.getId())) {
                return candidate;
            }
        }
        throw ProblemException.conflict("No free slug for '" + base + "'; give one explicitly.");
    }

    private static java.util.Optional<FieldError> parentProblem(EntityManager em, ContentType type,
                                                                 ContentItemEntity item, long parentId) {
        Long cursor = parentId;
        for (int depth = 0; cursor != null && depth < 100; depth++) {
            if (cursor.equals(item.getId())) {
                return java.util.Optional.of(new FieldError("parentId", "would make the item its own ancestor"));
            }
            ContentItemEntity ancestor = em.find(ContentItemEntity.class, cursor);
            if (ancestor == null || !ancestor.getType().equals(type.key())) {
                return java.util.Optional.of(depth == 0
                        ? new FieldError("parentId", "there is no " + type.key() + " with id " + parentId)
                        : new FieldError("parentId", "the parent's ancestors are broken"));
            }
            cursor = ancestor.getParentId();
        }
        return java.util.Optional.empty();
    }

    private static ContentItemEntity translationTarget(EntityManager em, ContentType type, ContentItemEntity item,
                                                       long targetId, String language, List<FieldError> errors) {
        ContentItemEntity target = em.find(ContentItemEntity.class, targetId);
        if (target == null || !target.getType().equals(type.key()) || Objects.equals(target.getId(), item.getId())) {
            errors.add(new FieldError("translationOf", "there is no other " + type.key() + " with id " + targetId));
            return null;
        }
        if (target.getLanguage().equals(language)) {
            errors.add(new FieldError("translationOf", "is in the same language (" + language + ")"));
            return null;
        }
        if (target.getTranslationId() != null && !Objects.equals(target.getTranslationId(), item.getId())) {
            throw ProblemException.conflict("The " + type.key() + " " + targetId + " is already linked to its "
                    + "translation " + target.getTranslationId() + ".");
        }
        return target;
    }

    /** An item cannot take the language of the translation it is linked to. */
    private static void checkLanguageChange(EntityManager em, ContentItemEntity item, String language) {
        ContentItemEntity counterpart = item.getTranslationId() == null ? null
                : em.find(ContentItemEntity.class, item.getTranslationId());
        if (counterpart != null && counterpart.getLanguage().equals(language)) {
            throw ProblemException.conflict("The item's translation " + counterpart.getId() + " is already in "
                    + language + "; unlink or change that one first.");
        }
    }

    /** Links both ways; a new item is persisted first so it has an id. */
    private static void link(EntityManager em, ContentItemEntity item, ContentItemEntity counterpart) {
        if (item.getId() == null) {
            em.persist(item);
        } else if (item.getTranslationId() != null) {
            ContentItemEntity old = em.find(ContentItemEntity.class, item.getTranslationId());
            if (old != null) {
                old.setTranslationId(null);
            }
        }
        item.setTranslationId(counterpart.getId());
        counterpart.setTranslationId(item.getId());
    }
}

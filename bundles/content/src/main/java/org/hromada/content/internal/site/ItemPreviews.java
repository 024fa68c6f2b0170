package org.hromada.content.internal.site;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.content.internal.cover.Covers;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.PublicUrls;

/**
 * What the console's preview renders: the template and model of an item's public page, built by the
 * very code of the public routes ({@link ItemRoutes}, {@link PageRoute}) from an item that need not be
 * published or even saved.
 */
@org.osgi.service.component.annotations.Component(service = ItemPreviews.class)
public class ItemPreviews {
    @org.osgi.service.component.annotations.Reference
    private PublicContent content;
    @org.osgi.service.component.annotations.Reference
    private SiteAddress site;
    @org.osgi.service.component.annotations.Reference
    private Covers covers;

    /** A page to render: {@code path} is the public path without the {@code /en} prefix. */
    public record Preview(String template, Map<String, Object> model, String path, String language) {
    }

    /** The fields of an item as the preview shows them (the saved item, or the form's unsaved state). */
    public record Draft(long id, ContentType type, String language, String title, String slug, String summary,
                        String body, String section, List<String> tags, boolean pinned, Instant publishedAt,
                        Instant updatedAt, Long parentId, Long translationId, Long coverId, String coverAlt) {
    }

    public Preview of(Draft draft) {
        Instant published = draft.publishedAt() != null ? draft.publishedAt() : draft.updatedAt();
        PublicItem item = new PublicItem(draft.id(), draft.type(), draft.language(), draft.title(), draft.slug(),
                draft.summary(), draft.section(), draft.pinned(), published, draft.updatedAt(), draft.parentId(),
                draft.translationId(), draft.body(), draft.tags());
        String url = PublicUrls.of(draft.type(), draft.language(), draft.slug());
        String path = url.startsWith("/en/") ? url.substring(3) : url;
        if (draft.type() == ContentType.PAGE) {
            return new Preview(PageRoute.TEMPLATE, PageRoute.model(content, site, item, draft.language()), path,
                    draft.language());
        }
        Optional<Map<String, Object>> cover = CoverViews.of(new PublicContent.CoverRef(draft.coverId(),
                draft.coverAlt()), covers);
        return new Preview(ItemRoutes.TEMPLATE, ItemRoutes.model(content, site, draft.type(), item,
                draft.language(), cover), path, draft.language());
    }
}

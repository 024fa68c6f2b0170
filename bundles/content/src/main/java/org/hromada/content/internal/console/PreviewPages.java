package org.hromada.content.internal.console;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.model.Languages;
import org.hromada.content.internal.site.ItemPreviews;
import org.hromada.content.internal.store.Summaries;
import org.hromada.content.internal.text.RichText;
import org.hromada.content.internal.text.Slugs;
import org.hromada.content.internal.web.ContentView;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.site.SitePreview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live previews: an item, saved or as its form stands, rendered through the site's own renderer
 * ({@link SitePreview}) with the model the public item page uses, so it looks exactly as published.
 */
final class PreviewPages {
    private static final Logger LOG = LoggerFactory.getLogger(PreviewPages.class);
    private final ContentType type;
    private final ContentConsole services;

    PreviewPages(ContentType type, ContentConsole services) {
        this.type = type;
        this.services = services;
    }

    /** The saved item as the public would see it. */
    ConsoleResponse saved(ContentView item) {
        return preview(new ItemPreviews.Draft(item.id(), type, item.language(), item.title(), item.slug(), item.summary(),
                item.body(), item.section(), item.tags(), item.pinned(), item.publishedAt(), item.updatedAt(),
                item.parentId(), item.translationId(), item.coverId(), item.coverAlt()));
    }

    /** The form's current, unsaved fields as the public would see them. */
    ConsoleResponse previewForm(ConsoleRequest request, ContentView item) {
        ItemForm form = ItemForm.of(request);
        String title = form.value("title").isBlank() ? "—" : form.value("title").strip();
        String language = Languages.isKnown(form.value("language")) ? form.value("language") : Languages.UK;
        String slug = form.value("slug").strip();
        if (!Slugs.isValid(slug)) {
            slug = item != null ? item.slug() : Slugs.of(title);
        }
        String body = RichText.sanitize(form.value("body"));
        String summary = form.value("summary").isBlank() ? Summaries.fromBody(body) : form.value("summary").strip();
        String section = form.value("section").strip().matches("[a-z0-9]+(-[a-z0-9]+)*") ? form.value("section").strip() : null;
        Long cover = ConsoleViews.id(form.value("coverId")).orElse(null);
        Long parent = type == ContentType.PAGE ? ConsoleViews.id(form.value("parentId")).orElse(null) : null;
        Instant now = Instant.now();
        return preview(new ItemPreviews.Draft(item == null ? 0 : item.id(), type, language, title, slug, summary,
                body, section, ItemForm.tags(form.value("tags")), !form.value("pinned").isEmpty(),
                item == null || item.publishedAt() == null ? now : item.publishedAt(), now, parent,
                item == null ? null : item.translationId(), cover, ConsoleViews.blank(form.value("coverAlt").strip())));
    }

    private ConsoleResponse preview(ItemPreviews.Draft draft) {
        SitePreview site = services.sitePreview;
        if (site == null) {
            return new ConsoleResponse.Problem(503, "content.preview.unavailable");
        }
        ItemPreviews.Preview page = services.previews.of(draft);
        try {
            String html = site.render(page.template(), page.model(), page.path(), Locale.forLanguageTag(page.language()));
            return new ConsoleResponse.Raw(200, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Preview of {} {} failed", type.key(), draft.id(), e);
            return new ConsoleResponse.Problem(500, "content.preview.failed");
        }
    }
}

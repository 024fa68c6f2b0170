package org.hromada.content.internal.site;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hromada.content.internal.cover.Covers;
import org.hromada.platform.api.media.MediaFile;

/**
 * A cover image as the item template needs it: {@code src}, {@code srcset}, {@code sizes}, {@code alt},
 * {@code width}, {@code height}. The item's own alt text wins over the file's. Empty when the item has no
 * cover, or the media library is absent or no longer has the file.
 */
final class CoverViews {
    /** The cover spans the article's column, at most about 48rem wide. */
    static final String SIZES = "(max-width: 52rem) 100vw, 48rem";

    private CoverViews() {
    }

    static Optional<Map<String, Object>> of(PublicContent.CoverRef ref, Covers covers) {
        return covers.image(ref.mediaId()).map(file -> view(file, ref.alt()));
    }

    static Map<String, Object> view(MediaFile file, String itemAlt) {
        Map<String, Object> view = new HashMap<>();
        view.put("src", file.url());
        view.put("srcset", file.srcset() == null ? "" : file.srcset());
        view.put("sizes", SIZES);
        String alt = itemAlt != null && !itemAlt.isBlank() ? itemAlt : file.alt();
        view.put("alt", alt == null ? "" : alt);
        view.put("width", file.width() == null ? "" : String.valueOf(file.width()));
        view.put("height", file.height() == null ? "" : String.valueOf(file.height()));
        view.put("title", file.title() == null ? "" : file.title());
        return view;
    }
}

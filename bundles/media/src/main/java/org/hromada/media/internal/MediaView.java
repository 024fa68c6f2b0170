package org.hromada.media.internal;

import java.time.Instant;
import java.util.List;
import org.hromada.platform.api.media.MediaFile;
import org.hromada.platform.api.media.Rendition;

/** A file as the API shows it: the library's record plus a ready {@code srcset} for images. */
public record MediaView(long id, String filename, String mediaType, String kind, long size, String sha256,
                        Integer width, Integer height, String alt, String title, String url,
                        List<Rendition> renditions, String srcset, Instant createdAt, Instant updatedAt,
                        String uploadedBy) {

    public static MediaView of(MediaFile f) {
        return new MediaView(f.id(), f.filename(), f.mediaType(), f.kind(), f.size(), f.sha256(), f.width(),
                f.height(), f.alt(), f.title(), f.url(), f.renditions(), f.srcset(), f.createdAt(), f.updatedAt(),
                f.uploadedBy());
    }
}

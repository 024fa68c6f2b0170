package org.hromada.platform.api.media;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One file of the media library.
 *
 * @param id         the record's id
 * @param filename   the file name as uploaded, made safe (no folders, no control characters)
 * @param mediaType  the type detected from the bytes, e.g. {@code image/jpeg}, {@code application/pdf}
 * @param kind       {@value #IMAGE} or {@value #DOCUMENT}
 * @param size       bytes
 * @param sha256     the SHA-256 of the bytes, lower-case hex: the file's address on disk and in URLs
 * @param width      pixels, for images (null for documents)
 * @param height     pixels, for images (null for documents)
 * @param alt        the text alternative (required for images)
 * @param title      an optional title or caption
 * @param url        the public path, e.g. {@code /media/<sha256>/photo.jpg}
 * @param renditions smaller copies of an image, narrowest first (empty for documents and images
 *                   that are small already or cannot be scaled)
 * @param createdAt  when it was uploaded
 * @param updatedAt  when its metadata last changed
 * @param uploadedBy the user who uploaded it
 */
public record MediaFile(long id, String filename, String mediaType, String kind, long size, String sha256,
                        Integer width, Integer height, String alt, String title, String url,
                        List<Rendition> renditions, Instant createdAt, Instant updatedAt, String uploadedBy) {
    public static final String IMAGE = "image";
    public static final String DOCUMENT = "document";

    public MediaFile {
        renditions = renditions == null ? List.of() : List.copyOf(renditions);
    }

    public boolean isImage() {
        return IMAGE.equals(kind);
    }

    /**
     * The {@code srcset} of an image: every rendition and the original with their widths, e.g.
     * {@code /media/.../320/a.jpg 320w, /media/.../a.jpg 1200w}; null for documents and for images
     * whose width is not known.
     */
    public String srcset() {
        if (!isImage() || width == null) {
            return null;
        }
        String smaller = renditions.stream().map(r -> r.url() + " " + r.width() + "w")
                .collect(Collectors.joining(", "));
        return (smaller.isEmpty() ? "" : smaller + ", ") + url + " " + width + "w";
    }
}

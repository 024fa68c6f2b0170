package org.hromada.media.internal.files;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The types the library accepts, each with the extension its files get, whether it is an image, and
 * whether browsers may show it inline (images, PDF) or must download it (office files, text).
 */
public enum AllowedType {
    JPEG("image/jpeg", true, true, "jpg", "jpeg", "jpe"),
    PNG("image/png", true, true, "png"),
    GIF("image/gif", true, true, "gif"),
    WEBP("image/webp", true, true, "webp"),
    PDF("application/pdf", false, true, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, false, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, false, "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false, false, "pptx"),
    ODT("application/vnd.oasis.opendocument.text", false, false, "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", false, false, "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", false, false, "odp"),
    DOC("application/msword", false, false, "doc"),
    XLS("application/vnd.ms-excel", false, false, "xls"),
    PPT("application/vnd.ms-powerpoint", false, false, "ppt"),
    RTF("application/rtf", false, false, "rtf"),
    CSV("text/csv", false, false, "csv"),
    TEXT("text/plain", false, false, "txt");

    private final String mediaType;
    private final boolean image;
    private final boolean inline;
    private final List<String> extensions;

    AllowedType(String mediaType, boolean image, boolean inline, String... extensions) {
        this.mediaType = mediaType;
        this.image = image;
        this.inline = inline;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return image;
    }

    /** Shown in the browser ({@code Content-Disposition: inline}) rather than downloaded. */
    public boolean isInline() {
        return inline;
    }

    /** The extension a file of this type is named with. */
    public String extension() {
        return extensions.get(0);
    }

    public boolean hasExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** Whether renditions can be made (ImageIO reads and writes it; GIF would lose its animation). */
    public boolean scalable() {
        return this == JPEG || this == PNG;
    }

    public static Optional<AllowedType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }
}

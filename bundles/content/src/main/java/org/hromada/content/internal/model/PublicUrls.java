package org.hromada.content.internal.model;

/** The public address of a published item: {@code /news/{slug}}, or {@code /en/news/{slug}} in English. */
public final class PublicUrls {

    private PublicUrls() {
    }

    public static String of(ContentType type, String language, String slug) {
        String prefix = Languages.EN.equals(language) ? "/en" : "";
        return prefix + "/" + type.segment() + "/" + slug;
    }

    /** The url for the JSON: present only while the item is published. */
    public static String ifPublished(ContentType type, Status status, String language, String slug) {
        return status == Status.PUBLISHED ? of(type, language, slug) : null;
    }
}

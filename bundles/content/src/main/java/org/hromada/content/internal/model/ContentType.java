package org.hromada.content.internal.model;

/** The four kinds of content sharing one table; {@link #key()} is stored, {@link #segment()} is in URLs. */
public enum ContentType {
    NEWS("news", "news"),
    ANNOUNCEMENT("announcement", "announcements"),
    PAGE("page", "pages"),
    MATERIAL("material", "materials");

    private final String key;
    private final String segment;

    ContentType(String key, String segment) {
        this.key = key;
        this.segment = segment;
    }

    /** The value of the {@code type} column and of the JSON {@code type} field. */
    public String key() {
        return key;
    }

    /** The path segment of both the API ({@code /api/v1/news}) and the public site ({@code /news/...}). */
    public String segment() {
        return segment;
    }

    public static ContentType ofKey(String key) {
        for (ContentType type : values()) {
            if (type.key.equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown content type " + key);
    }
}

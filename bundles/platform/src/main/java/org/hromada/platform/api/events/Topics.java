package org.hromada.platform.api.events;

/**
 * Event Admin topics that bundles post and handle. Properties of every event: {@code bundle}
 * (symbolic name of the sender) and, for content events, {@code type}, {@code id} and {@code url}.
 */
public final class Topics {
    /** Any content became public. */
    public static final String CONTENT_PUBLISHED = "hromada/content/published";
    /** Any content stopped being public. */
    public static final String CONTENT_UNPUBLISHED = "hromada/content/unpublished";

    private Topics() {
    }
}

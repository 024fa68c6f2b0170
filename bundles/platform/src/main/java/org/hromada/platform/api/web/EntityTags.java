package org.hromada.platform.api.web;

/** Entity-tag comparison for conditional requests, shared by the site and the REST host. */
public final class EntityTags {

    private EntityTags() {
    }

    /**
     * Whether {@code If-None-Match} ({@code *} or a list of possibly weak tags) matches {@code etag}:
     * the weak comparison RFC 9110 prescribes for that header. A null header matches nothing.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String own = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if ("*".equals(tag) || tag.equals(own)) {
                return true;
            }
        }
        return false;
    }
}

package org.hromada.documents.internal.sessions.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the address of a YouTube video (watch, youtu.be, live, embed, shorts) so the session page
 * can embed it from youtube-nocookie.com, which sets no cookies until the visitor plays the video.
 */
final class YouTubeVideo {
    static final String EMBED = "https://www.youtube-nocookie.com/embed/";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Set<String> HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com",
            "youtube-nocookie.com", "www.youtube-nocookie.com");
    private static final Set<String> PATH_KINDS = Set.of("embed", "live", "shorts", "v");

    private YouTubeVideo() {
    }

    /** The video's 11-character id, or empty when the address is not a YouTube video's. */
    static Optional<String> id(String url) {
        URI uri;
        try {
            uri = url == null ? null : new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri == null || uri.getHost() == null || uri.getScheme() == null
                || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String[] path = (uri.getPath() == null ? "" : uri.getPath()).replaceFirst("^/", "").split("/");
        String candidate = null;
        if (host.equals("youtu.be")) {
            candidate = path[0];
        } else if (HOSTS.contains(host)) {
            if (path.length == 1 && path[0].equals("watch")) {
                candidate = queryValue(uri.getRawQuery(), "v");
            } else if (path.length == 2 && PATH_KINDS.contains(path[0])) {
                candidate = path[1];
            }
        }
        return candidate != null && ID.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    /** The privacy-friendly player of the video. */
    static String embedUrl(String id) {
        return EMBED + id;
    }

    private static String queryValue(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}

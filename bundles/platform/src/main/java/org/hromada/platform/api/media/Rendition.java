package org.hromada.platform.api.media;

/**
 * A smaller copy of an image, made at upload for responsive pages ({@code srcset}).
 *
 * @param width  its width in pixels
 * @param height its height in pixels
 * @param url    its public path, e.g. {@code /media/<sha256>/640/photo.jpg}
 */
public record Rendition(int width, int height, String url) {
}

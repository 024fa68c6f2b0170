package org.hromada.media.internal.images;

/** An image's size in pixels. */
public record Dimensions(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    /** The height at {@code newWidth}, keeping the aspect ratio (at least 1). */
    public int heightAt(int newWidth) {
        return Math.max(1, (int) Math.round((double) height * newWidth / width));
    }
}

package org.hromada.media.internal.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's dimensions read from its header, before any pixel is decoded, so that a small file
 * that would decode to gigabytes (a decompression bomb) is refused first. JPEG, PNG and GIF through
 * ImageIO; WebP (which the JDK's ImageIO cannot read) from its RIFF header.
 */
public final class ImageHeaders {

    private ImageHeaders() {
    }

    /** The dimensions, or empty when the header cannot be read (a broken or truncated image). */
    public static Optional<Dimensions> read(Path file, boolean webp) throws IOException {
        return webp ? webp(file) : imageIo(file);
    }

    private static Optional<Dimensions> imageIo(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? Optional.of(new Dimensions(width, height)) : Optional.empty();
            } catch (IOException | RuntimeException broken) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** {@code RIFF....WEBP} then a VP8 (lossy), VP8L (lossless) or VP8X (extended) chunk. */
    static Optional<Dimensions> webp(Path file) throws IOException {
        byte[] h = new byte[30];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(h, 0, h.length);
        }
        if (n < 30 || !"RIFF".equals(ascii(h, 0)) || !"WEBP".equals(ascii(h, 8))) {
            return Optional.empty();
        }
        String chunk = ascii(h, 12);
        int width;
        int height;
        switch (chunk) {
            case "VP8X" -> {
                width = 1 + (u8(h, 24) | u8(h, 25) << 8 | u8(h, 26) << 16);
                height = 1 + (u8(h, 27) | u8(h, 28) << 8 | u8(h, 29) << 16);
            }
            case "VP8L" -> {
                int bits = u8(h, 21) | u8(h, 22) << 8 | u8(h, 23) << 16 | u8(h, 24) << 24;
                width = 1 + (bits & 0x3FFF);
                height = 1 + (bits >>> 14 & 0x3FFF);
            }
            case "VP8 " -> {
                width = (u8(h, 26) | u8(h, 27) << 8) & 0x3FFF;
                height = (u8(h, 28) | u8(h, 29) << 8) & 0x3FFF;
            }
            default -> {
                return Optional.empty();
            }
        }
        return width > 0 && height > 0 ? Optional.of(new Dimensions(width, height)) : Optional.empty();
    }

    private static String ascii(byte[] b, int at) {
        return new String(b, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }
}

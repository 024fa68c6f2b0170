package org.hromada.media.internal.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Smaller copies of a JPEG or PNG for {@code srcset}, at the standard widths narrower than the
 * original. The original is decoded with subsampling to about twice the widest rendition (a 24 MP
 * photo never sits in the small heap whole), then scaled down in halving bilinear steps, which looks
 * as good as bicubic at a fraction of the cost. One image at a time: the heap is small.
 */
public final class Renditions {
    /** The widths made, when narrower than the original. */
    public static final List<Integer> WIDTHS = List.of(320, 640, 1024, 1600);
    private static final float JPEG_QUALITY = 0.85f;
    private static final Semaphore ONE_AT_A_TIME = new Semaphore(1);

    private Renditions() {
    }

    /** The widths an image of this width gets. */
    public static List<Integer> widthsFor(int originalWidth) {
        return WIDTHS.stream().filter(w -> w < originalWidth).toList();
    }

    /**
     * Writes the renditions of {@code original} to {@code target(width)} (each written to a temporary
     * file beside it and moved into place); returns the widths written.
     */
    public static List<Integer> make(Path original, Dimensions size, boolean jpeg,
                                     java.util.function.IntFunction<Path> target) throws IOException {
        List<Integer> widths = widthsFor(size.width());
        if (widths.isEmpty()) {
            return List.of();
        }
        ONE_AT_A_TIME.acquireUninterruptibly();
        try {
            BufferedImage source = decode(original, size, widths.get(widths.size() - 1));
            List<Integer> made = new ArrayList<>();
            for (int width : widths) {
                Path out = target.apply(width);
                if (!Files.exists(out)) {
                    BufferedImage scaled = scale(source, width, size.heightAt(width), jpeg);
                    write(scaled, out, jpeg);
                }
                made.add(width);
            }
            return made;
        } finally {
            ONE_AT_A_TIME.release();
        }
    }

    private static BufferedImage decode(Path file, Dimensions size, int widest) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, size.width() / (2 * widest));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    static BufferedImage scale(BufferedImage source, int width, int height, boolean opaque) {
        int type = opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = Math.max(height, h / 2);
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                if (opaque) {
                    g.setColor(java.awt.Color.WHITE);
                    g.fillRect(0, 0, w, h);
                }
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != width || h != height);
        return current;
    }

    private static void write(BufferedImage image, Path out, boolean jpeg) throws IOException {
        Path temp = Files.createTempFile(out.getParent(), ".rendition-", ".part");
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(temp.toFile())) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (jpeg) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

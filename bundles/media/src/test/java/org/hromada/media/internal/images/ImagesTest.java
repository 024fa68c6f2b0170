package org.hromada.media.internal.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.hromada.media.internal.files.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesTest {
    @TempDir
    Path dir;

    @Test
    void dimensionsComeFromTheHeader() throws Exception {
        Path png = Samples.write(dir, "a", Samples.image("png", 123, 45));
        assertEquals(new Dimensions(123, 45), ImageHeaders.read(png, false).orElseThrow());
        Path jpeg = Samples.write(dir, "b", Samples.image("jpeg", 77, 99));
        assertEquals(new Dimensions(77, 99), ImageHeaders.read(jpeg, false).orElseThrow());
        Path broken = Samples.write(dir, "c", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertTrue(ImageHeaders.read(broken, false).isEmpty());
    }

    @Test
    void aDecompressionBombIsMeasuredWithoutDecoding() throws Exception {
        // A PNG header claiming 30000 x 30000 pixels: the header is all that is read.
        byte[] png = Samples.image("png", 10, 10);
        png[16] = 0; png[17] = 0; png[18] = 0x75; png[19] = 0x30;   // width 30000
        png[20] = 0; png[21] = 0; png[22] = 0x75; png[23] = 0x30;   // height 30000
        Path bomb = Samples.write(dir, "bomb", png);
        Dimensions size = ImageHeaders.read(bomb, false).orElseThrow();
        assertEquals(900_000_000L, size.pixels());
    }

    @Test
    void webpDimensionsFromItsRiffHeader() throws Exception {
        byte[] vp8x = new byte[30];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, vp8x, 0, 4);
        System.arraycopy("WEBPVP8X".getBytes(StandardCharsets.US_ASCII), 0, vp8x, 8, 8);
        vp8x[24] = (byte) (1999 & 0xFF); vp8x[25] = (byte) (1999 >> 8);  // width - 1
        vp8x[27] = (byte) (999 & 0xFF); vp8x[28] = (byte) (999 >> 8);    // height - 1
        assertEquals(new Dimensions(2000, 1000), ImageHeaders.webp(Samples.write(dir, "w", vp8x)).orElseThrow());
    }

    @Test
    void renditionsAreTheStandardWidthsNarrowerThanTheOriginal() throws Exception {
        assertEquals(List.of(320, 640, 1024), Renditions.widthsFor(1200));
        assertEquals(List.of(), Renditions.widthsFor(320));
        Path original = Samples.write(dir, "photo", Samples.image("jpeg", 1200, 800));
        List<Integer> made = Renditions.make(original, new Dimensions(1200, 800), true,
                width -> dir.resolve("r-" + width + ".jpg"));
        assertEquals(List.of(320, 640, 1024), made);
        for (int width : made) {
            BufferedImage rendition = ImageIO.read(dir.resolve("r-" + width + ".jpg").toFile());
            assertEquals(width, rendition.getWidth());
            assertEquals(Math.round(800.0 * width / 1200), rendition.getHeight());
        }
        assertTrue(Files.size(dir.resolve("r-320.jpg")) < Files.size(original));
    }

    @Test
    void largeOriginalsAreSubsampledAndStillExact() throws Exception {
        Path original = Samples.write(dir, "big", Samples.image("png", 3500, 1000));
        List<Integer> made = Renditions.make(original, new Dimensions(3500, 1000), false,
                width -> dir.resolve("r-" + width + ".png"));
        assertEquals(List.of(320, 640, 1024, 1600), made);
        BufferedImage widest = ImageIO.read(dir.resolve("r-1600.png").toFile());
        assertEquals(1600, widest.getWidth());
        assertEquals(457, widest.getHeight());
    }
}

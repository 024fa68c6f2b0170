package org.hromada.content.internal.cover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DemoPicturesTest {

    @Test
    void variantsDifferAndHaveTheAskedSize() {
        BufferedImage first = DemoPictures.landscape(320, 180, 0);
        BufferedImage second = DemoPictures.landscape(320, 180, 1);
        assertEquals(320, first.getWidth());
        assertEquals(180, first.getHeight());
        assertNotEquals(first.getRGB(5, 5), second.getRGB(5, 5), "another sky");
        assertNotEquals(first.getRGB(5, 5), first.getRGB(5, 175), "sky above, field below");
    }
}

package org.hromada.content.internal.cover;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Pictures for demo covers, drawn with Java2D (no fonts, no files): a sky, a sun and rolling fields,
 * in a different light for each variant.
 */
final class DemoPictures {
    static final String ALT = "Ілюстрація: сонце над хвилястими полями";
    private static final Color[][] PALETTES = {
            {new Color(0x1f5fa8), new Color(0x9cc8f0), new Color(0xf2c530), new Color(0x5f8f2f)},
            {new Color(0x2b2d6e), new Color(0xf09a5c), new Color(0xffd35c), new Color(0x7a5c2e)},
            {new Color(0x3a86c8), new Color(0xd8ecfa), new Color(0xffffff), new Color(0x3f7d4a)},
            {new Color(0x0f3d6e), new Color(0x6aa6d8), new Color(0xf7e07a), new Color(0xc9a227)},
    };

    private DemoPictures() {
    }

    static BufferedImage landscape(int width, int height, int variant) {
        Color[] p = PALETTES[Math.floorMod(variant, PALETTES.length)];
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, p[0], 0, height * 0.65f, p[1]));
            g.fillRect(0, 0, width, height);
            int sun = height / 4;
            g.setColor(p[2]);
            g.fillOval(width * (2 + variant % 3) / 6 - sun / 2, height / 5, sun, sun);
            for (int layer = 0; layer < 3; layer++) {
                g.setColor(shade(p[3], layer));
                g.fill(hills(width, height, height * (0.55 + layer * 0.13), 22 + layer * 10, variant + layer));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Path2D hills(int width, int height, double base, double amplitude, int phase) {
        Path2D path = new Path2D.Double();
        path.moveTo(0, height);
        for (int x = 0; x <= width; x += 20) {
            path.lineTo(x, base + amplitude * Math.sin(x / 180.0 + phase) + amplitude / 2 * Math.sin(x / 67.0 + 2 * phase));
        }
        path.lineTo(width, height);
        path.closePath();
        return path;
    }

    private static Color shade(Color c, int layer) {
        float f = 1f - layer * 0.18f;
        return new Color(Math.round(c.getRed() * f), Math.round(c.getGreen() * f), Math.round(c.getBlue() * f));
    }
}

package vn.laocai.museum.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a generated placeholder picture for a species that has no photograph yet: a stylised leaf
 * on a diagonal-striped ground, coloured from the species' slug so cards tell apart. It carries no
 * text (no fonts needed on a server); pages caption it as a placeholder.
 */
public final class PlaceholderImage {

    private PlaceholderImage() {}

    /** A PNG of {@code width}×{@code height} pixels, the same bytes every time for the same seed. */
    public static byte[] png(String seed, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float hue = (seed.hashCode() & 0xffff) / 65535f * 0.25f + 0.2f;
            Color light = Color.getHSBColor(hue, 0.25f, 0.95f);
            Color dark = Color.getHSBColor(hue, 0.6f, 0.45f);
            g.setPaint(new GradientPaint(0, 0, light, width, height, light.darker()));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(255, 255, 255, 60));
            g.setStroke(new BasicStroke(Math.max(2, width / 80f)));
            for (int x = -height; x < width; x += Math.max(12, width / 16)) {
                g.drawLine(x, height, x + height, 0);
            }
            drawLeaf(g, width, height, dark);
            drawSeal(g, seed, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The seed's SHA-256 as a 16 × 16 grid of faint dots in a corner: two species whose hues came
     * out alike once got the very same picture, so one stored object for both.
     */
    private static void drawSeal(Graphics2D g, String seed, int width, int height) {
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256").digest(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int dot = Math.max(1, Math.min(width, height) / 160);
        int left = width - 17 * dot;
        int top = height - 17 * dot;
        g.setColor(new Color(255, 255, 255, 90));
        for (int bit = 0; bit < 256; bit++) {
            if ((digest[bit / 8] >> (bit % 8) & 1) == 1) {
                g.fillRect(left + (bit % 16) * dot, top + (bit / 16) * dot, dot, dot);
            }
        }
    }

    private static void drawLeaf(Graphics2D g, int width, int height, Color color) {
        double cx = width / 2.0;
        double top = height * 0.18;
        double bottom = height * 0.82;
        double half = width * 0.18;
        Path2D leaf = new Path2D.Double();
        leaf.moveTo(cx, top);
        leaf.curveTo(cx + half * 1.6, top + (bottom - top) * 0.3, cx + half, bottom - (bottom - top) * 0.1, cx, bottom);
        leaf.curveTo(cx - half, bottom - (bottom - top) * 0.1, cx - half * 1.6, top + (bottom - top) * 0.3, cx, top);
        g.setColor(color);
        g.fill(leaf);
        g.setColor(new Color(255, 255, 255, 140));
        g.setStroke(new BasicStroke(Math.max(2, width / 200f)));
        g.drawLine((int) cx, (int) top + 10, (int) cx, (int) bottom + height / 12);
    }
}

package lab.minimax.classroom;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.ViewBox;

/**
 * The dashboard's small pictures of a run (PNG, a few KB): the 2D samples over the real points, the
 * 1D histogram over the target's density, or a grid of generated digits.
 */
final class Thumbnails {
    /** Side of the 2D and 1D thumbnails in pixels. */
    static final int SIDE = 96;
    /** Digits per side of the image thumbnail's grid. */
    static final int DIGITS = 3;
    private static final Color REAL = new Color(0xB0B0B0);
    private static final Color FAKE = new Color(0x1565C0);

    private Thumbnails() {
    }

    /** The 2D view: real points grey, generated blue, in {@code box}. */
    static byte[] plane(ViewBox box, float[] real, float[] fake) {
        BufferedImage img = blank();
        Graphics2D g = img.createGraphics();
        dots(g, box, real, REAL);
        dots(g, box, fake, FAKE);
        g.dispose();
        return png(img);
    }

    /** The 1D view: the target's density as a grey line, the generator's histogram as blue bars. */
    static byte[] line(float[] target, float[] hist) {
        BufferedImage img = blank();
        Graphics2D g = img.createGraphics();
        double max = 1e-9;
        for (float v : hist == null ? new float[0] : hist) {
            max = Math.max(max, finite(v));
        }
        for (float v : target == null ? new float[0] : target) {
            max = Math.max(max, finite(v));
        }
        if (hist != null && hist.length > 0) {
            g.setColor(FAKE);
            for (int i = 0; i < hist.length; i++) {
                int x0 = i * SIDE / hist.length;
                int x1 = Math.max(x0 + 1, (i + 1) * SIDE / hist.length);
                int h = (int) Math.round(finite(hist[i]) / max * (SIDE - 4));
                g.fillRect(x0, SIDE - h, x1 - x0, h);
            }
        }
        if (target != null && target.length > 1) {
            g.setColor(Color.DARK_GRAY);
            for (int i = 1; i < target.length; i++) {
                int xa = (i - 1) * (SIDE - 1) / (target.length - 1);
                int xb = i * (SIDE - 1) / (target.length - 1);
                g.drawLine(xa, SIDE - 1 - (int) Math.round(finite(target[i - 1]) / max * (SIDE - 4)),
                        xb, SIDE - 1 - (int) Math.round(finite(target[i]) / max * (SIDE - 4)));
            }
        }
        g.dispose();
        return png(img);
    }

    /** The first {@link #DIGITS}² generated digits (uint8 pixels, {@link ImageFrame#PIXELS} each), ink dark on white. */
    static byte[] digits(byte[] pixels, int count) {
        int n = Math.min(count, DIGITS * DIGITS);
        int side = ImageFrame.SIDE;
        BufferedImage img = new BufferedImage(DIGITS * side, DIGITS * side, BufferedImage.TYPE_BYTE_GRAY);
        var raster = img.getRaster();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                raster.setSample(x, y, 0, 255);
            }
        }
        for (int k = 0; k < n; k++) {
            int ox = (k % DIGITS) * side;
            int oy = (k / DIGITS) * side;
            for (int p = 0; p < ImageFrame.PIXELS; p++) {
                int ink = pixels[k * ImageFrame.PIXELS + p] & 0xFF;
                raster.setSample(ox + p % side, oy + p / side, 0, 255 - ink);
            }
        }
        return png(img);
    }

    private static double finite(float v) {
        return Float.isFinite(v) && v > 0 ? v : 0;
    }

    private static BufferedImage blank() {
        BufferedImage img = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_BYTE_INDEXED);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIDE, SIDE);
        g.dispose();
        return img;
    }

    private static void dots(Graphics2D g, ViewBox box, float[] xy, Color color) {
        if (xy == null || box == null) {
            return;
        }
        g.setColor(color);
        double sx = (SIDE - 1) / (box.xMax() - box.xMin());
        double sy = (SIDE - 1) / (box.yMax() - box.yMin());
        int points = Math.min(xy.length / 2, 2000);
        for (int i = 0; i < points; i++) {
            float x = xy[2 * i];
            float y = xy[2 * i + 1];
            if (Float.isFinite(x) && Float.isFinite(y)) {
                int px = (int) Math.round((x - box.xMin()) * sx);
                int py = (int) Math.round((box.yMax() - y) * sy);
                g.fillRect(px, py, 2, 2);
            }
        }
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package lab.minimax.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import lab.minimax.distribution.Box;

/**
 * {@code samples.png} beside {@code summary.json}: the run's last evaluation samples drawn over the
 * target's view box, real in teal and generated in orange (the lab's colours). 2D: a 512 × 512
 * scatter, x to the right and y up. 1D: two histograms of 128 bins on a 512 × 256 canvas, each
 * scaled to its own tallest bin.
 */
final class SamplesPng {
    static final Color REAL = new Color(0x0F, 0x76, 0x6E);
    static final Color FAKE = new Color(0xEA, 0x58, 0x0C);
    static final int SIDE = 512;
    static final int BINS = 128;

    private SamplesPng() {
    }

    /** Writes real and fake (row-major n × box.dim()) to {@code file}. */
    static void write(Path file, Box box, double[] real, double[] fake) throws IOException {
        BufferedImage img = box.dim() == 2 ? scatter(box, real, fake) : histograms(box, real, fake);
        ImageIO.write(img, "png", file.toFile());
    }

    private static BufferedImage scatter(Box box, double[] real, double[] fake) {
        BufferedImage img = canvas(SIDE, SIDE);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        dots(g, box, real, REAL);
        dots(g, box, fake, FAKE);
        g.dispose();
        return img;
    }

    private static void dots(Graphics2D g, Box box, double[] x, Color c) {
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 140));
        for (int i = 0; i + 1 < x.length; i += 2) {
            double u = (x[i] - box.lo()[0]) / (box.hi()[0] - box.lo()[0]);
            double v = (x[i + 1] - box.lo()[1]) / (box.hi()[1] - box.lo()[1]);
            if (Double.isFinite(u) && Double.isFinite(v)) {
                g.fillOval((int) Math.round(u * (SIDE - 1)) - 2, (int) Math.round((1 - v) * (SIDE - 1)) - 2, 4, 4);
            }
        }
    }

    private static BufferedImage histograms(Box box, double[] real, double[] fake) {
        int h = SIDE / 2;
        BufferedImage img = canvas(SIDE, h);
        Graphics2D g = img.createGraphics();
        int[] r = bins(box, real);
        int[] f = bins(box, fake);
        int w = SIDE / BINS;
        for (int pass = 0; pass < 2; pass++) {
            int[] counts = pass == 0 ? r : f;
            Color c = pass == 0 ? REAL : FAKE;
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
            int max = 1;
            for (int k : counts) {
                max = Math.max(max, k);
            }
            for (int b = 0; b < BINS; b++) {
                int bar = (int) Math.round((h - 4) * (double) counts[b] / max);
                g.fillRect(b * w, h - bar, w, bar);
            }
        }
        g.dispose();
        return img;
    }

    /** Counts of x over BINS equal bins of the box; samples outside the box are left out. */
    static int[] bins(Box box, double[] x) {
        int[] counts = new int[BINS];
        double lo = box.lo()[0];
        double width = box.hi()[0] - lo;
        for (double v : x) {
            double u = (v - lo) / width;
            if (u >= 0 && u < 1) {
                counts[(int) (u * BINS)]++;
            }
        }
        return counts;
    }

    private static BufferedImage canvas(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }
}

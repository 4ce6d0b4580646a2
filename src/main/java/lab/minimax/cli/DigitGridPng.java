package lab.minimax.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import lab.minimax.distribution.MnistTarget;
import lab.minimax.gan.ImageRows;
import lab.minimax.gan.Trainer;
import lab.minimax.random.SplitMix64;

/**
 * {@code samples.png} of an image run: a {@value #SIDE} × {@value #SIDE} grid of generated digits
 * (conditional runs: row r asks for the r-th trained digit), each 28 × 28 image drawn at
 * {@value #ZOOM}× as grey levels (ink black on white), one pixel gap between images. The noise
 * comes from its own stream of the seed.
 */
final class DigitGridPng {
    /** Images per row and per column. */
    static final int SIDE = 10;
    static final int ZOOM = 2;
    private static final int CELL = 28 * ZOOM + 1;

    private DigitGridPng() {
    }

    static void write(Trainer t, Path file, long seed) throws IOException {
        MnistTarget target = (MnistTarget) t.target();
        int n = SIDE * SIDE;
        float[] z = ImageRows.noise(t, new SplitMix64(seed ^ 0x5A3D1E5L), n);
        int[] digits = target.subset().digits();
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = digits[(i / SIDE) % digits.length];
        }
        float[] x = ImageRows.toUnit(target, ImageRows.generate(t, z, labels, n));
        BufferedImage img = new BufferedImage(SIDE * CELL + 1, SIDE * CELL + 1, BufferedImage.TYPE_INT_RGB);
        for (int py = 0; py < img.getHeight(); py++) {
            for (int px = 0; px < img.getWidth(); px++) {
                img.setRGB(px, py, 0xC8C8C8);
            }
        }
        for (int i = 0; i < n; i++) {
            int ox = (i % SIDE) * CELL + 1;
            int oy = (i / SIDE) * CELL + 1;
            for (int r = 0; r < 28; r++) {
                for (int c = 0; c < 28; c++) {
                    int grey = 255 - Math.round(255 * x[i * 784 + r * 28 + c]);
                    int rgb = grey << 16 | grey << 8 | grey;
                    for (int dy = 0; dy < ZOOM; dy++) {
                        for (int dx = 0; dx < ZOOM; dx++) {
                            img.setRGB(ox + c * ZOOM + dx, oy + r * ZOOM + dy, rgb);
                        }
                    }
                }
            }
        }
        ImageIO.write(img, "png", file.toFile());
    }
}

package lab.minimax.classroom;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.ViewBox;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's thumbnails: points land where they are in the box, and the worst cases stay under 8 KB. */
class ThumbnailsTest {
    private static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void aPointIsDrawnWhereItIsAndTheRestStaysWhite() throws Exception {
        ViewBox box = new ViewBox(-1, 1, -1, 1);
        // one generated point at the top-left corner, one real at the bottom-right
        BufferedImage img = read(Thumbnails.plane(box, new float[] {0.999f, -0.999f}, new float[] {-1, 1}));
        assertEquals(Thumbnails.SIDE, img.getWidth());
        assertNotEquals(0xFFFFFF, img.getRGB(0, 0) & 0xFFFFFF, "the generated point at (-1, 1)");
        int s = Thumbnails.SIDE;
        assertNotEquals(0xFFFFFF, img.getRGB(s - 1, s - 1) & 0xFFFFFF, "the real point near (1, -1)");
        assertEquals(0xFFFFFF, img.getRGB(s / 2, s / 2) & 0xFFFFFF, "nothing in the middle");
        int blue = img.getRGB(0, 0) & 0xFF;
        int red = img.getRGB(0, 0) >> 16 & 0xFF;
        assertTrue(blue > red, "generated points are blue");
    }

    @Test
    void noisyWorstCasesStayUnderEightKilobytes() {
        SplittableRandom r = new SplittableRandom(3);
        float[] real = new float[4000];
        float[] fake = new float[4000];
        for (int i = 0; i < real.length; i++) {
            real[i] = (float) r.nextDouble(-2, 2);
            fake[i] = (float) r.nextDouble(-2, 2);
        }
        byte[] plane = Thumbnails.plane(new ViewBox(-2, 2, -2, 2), real, fake);
        assertTrue(plane.length <= 8192, "2D: " + plane.length + " bytes");
        float[] hist = new float[100];
        float[] target = new float[200];
        for (int i = 0; i < hist.length; i++) {
            hist[i] = (float) r.nextDouble();
        }
        for (int i = 0; i < target.length; i++) {
            target[i] = (float) Math.exp(-Math.pow((i - 100) / 30.0, 2));
        }
        byte[] line = Thumbnails.line(target, hist);
        assertTrue(line.length <= 8192, "1D: " + line.length + " bytes");
        byte[] pixels = new byte[16 * ImageFrame.PIXELS];
        r.nextBytes(pixels);
        byte[] digits = Thumbnails.digits(pixels, 16);
        assertTrue(digits.length <= 8192, "digits: " + digits.length + " bytes");
    }

    @Test
    void digitsAreInkDarkOnWhite() throws Exception {
        byte[] pixels = new byte[ImageFrame.PIXELS];
        pixels[0] = (byte) 255; // full ink at the first digit's top-left pixel
        BufferedImage img = read(Thumbnails.digits(pixels, 1));
        assertEquals(Thumbnails.DIGITS * ImageFrame.SIDE, img.getWidth());
        assertEquals(0, img.getRaster().getSample(0, 0, 0));
        assertEquals(255, img.getRaster().getSample(1, 0, 0));
        assertEquals(255, img.getRaster().getSample(img.getWidth() - 1, img.getHeight() - 1, 0), "no second digit");
    }
}

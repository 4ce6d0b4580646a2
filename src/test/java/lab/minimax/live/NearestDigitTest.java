package lab.minimax.live;

import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.MnistSplit;
import lab.minimax.live.frame.ImageFrame;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nearest training digit: a training image finds itself at distance 0; a held-out image finds
 * the training image a brute-force search in double precision finds, at the same distance.
 */
class NearestDigitTest {
    private static byte[] image(MnistDigits d, int i) {
        byte[] b = new byte[ImageFrame.PIXELS];
        for (int r = 0; r < 28; r++) {
            for (int c = 0; c < 28; c++) {
                b[r * 28 + c] = (byte) d.pixelByte(i, r, c);
            }
        }
        return b;
    }

    @Test
    void aTrainingDigitIsItsOwnNearestAtDistanceZero() {
        MnistDigits d = MnistDigits.standard();
        MnistSplit split = MnistSplit.standard();
        NearestDigit n = NearestDigit.standard();
        assertEquals(split.trainingSize(), n.size());
        for (int k : new int[] {0, 1234, split.trainingSize() - 1}) {
            int i = split.training(k);
            byte[] img = image(d, i);
            NearestDigit.Match m = n.nearest(img, 0);
            assertEquals(0, m.distance(), 0);
            assertArrayEquals(img, m.pixels());
            assertEquals(d.label(m.trainingIndex()), m.label());
            assertTrue(m.trainingIndex() <= i, "ties go to the lower index");
        }
    }

    @Test
    void aHeldOutDigitFindsWhatABruteForceSearchFinds() {
        MnistDigits d = MnistDigits.standard();
        MnistSplit split = MnistSplit.standard();
        int[] train = split.trainingIndices();
        for (int h : new int[] {0, 777}) {
            byte[] img = image(d, split.heldOut(h));
            // the image as the second of two, to check the offset
            byte[] two = new byte[2 * ImageFrame.PIXELS];
            System.arraycopy(img, 0, two, ImageFrame.PIXELS, ImageFrame.PIXELS);
            NearestDigit.Match m = NearestDigit.standard().nearest(two, 1);
            double best = Double.POSITIVE_INFINITY;
            int arg = -1;
            for (int t : train) {
                double s = 0;
                for (int r = 0; r < 28; r++) {
                    for (int c = 0; c < 28; c++) {
                        double e = d.pixel(t, r, c) - (img[r * 28 + c] & 0xFF) / 255.0;
                        s += e * e;
                    }
                }
                if (s < best) {
                    best = s;
                    arg = t;
                }
            }
            assertEquals(arg, m.trainingIndex(), "held-out image " + h);
            assertEquals(Math.sqrt(best), m.distance(), 1e-6);
            assertTrue(m.distance() > 0);
            assertEquals(train.length, m.pool());
        }
    }

    @Test
    void anImageThatIsNotThereIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NearestDigit.standard().nearest(new byte[ImageFrame.PIXELS], 1));
        assertTrue(e.getMessage().contains("no image 1 in 1 images"), e.getMessage());
    }
}

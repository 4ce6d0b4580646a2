package lab.minimax.metrics.mnist;

import java.util.random.RandomGenerator;
import lab.minimax.distribution.mnist.MnistDigits;

/**
 * Data augmentation for the classifier: an image translated by (dr, dc) whole pixels, each drawn
 * uniformly from −s … s, the uncovered border filled with 0 (background):
 * out(r, c) = in(r − dr, c − dc) when that lies inside the image, else 0.
 */
final class ShiftAugment {
    private static final int SIDE = MnistDigits.SIDE;

    private ShiftAugment() {
    }

    /** Translates in[inOff .. +784) by a random shift of at most {@code maxShift} into out[outOff ..). */
    static void shift(RandomGenerator rng, int maxShift, float[] in, int inOff, float[] out, int outOff) {
        int dr = maxShift == 0 ? 0 : rng.nextInt(2 * maxShift + 1) - maxShift;
        int dc = maxShift == 0 ? 0 : rng.nextInt(2 * maxShift + 1) - maxShift;
        translate(in, inOff, dr, dc, out, outOff);
    }

    /** out(r, c) = in(r − dr, c − dc), 0 outside. in and out must not overlap. */
    static void translate(float[] in, int inOff, int dr, int dc, float[] out, int outOff) {
        for (int r = 0; r < SIDE; r++) {
            int sr = r - dr;
            for (int c = 0; c < SIDE; c++) {
                int sc = c - dc;
                boolean inside = sr >= 0 && sr < SIDE && sc >= 0 && sc < SIDE;
                out[outOff + r * SIDE + c] = inside ? in[inOff + sr * SIDE + sc] : 0f;
            }
        }
    }
}

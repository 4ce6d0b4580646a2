package lab.minimax.live.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.minimax.live.frame.HeatKind;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.ImageSet;

/**
 * The image view's wire format ({@code setFrame} in {@code frontend/components/mm-images.ts}):
 * <ul>
 *   <li>pixels as uint8, one byte a pixel, as {@link Base85} text: exactly the bytes the view
 *   paints (a generated value v in the target's scale [lo, hi] becomes round((v − lo)/(hi − lo) · 255),
 *   clamped; NaN becomes 0), so a real digit is its stored byte and G(z) is drawn as computed to
 *   within half a grey level;</li>
 *   <li>D's scores as {@link Quantiser} uint8 codes over one range for the whole frame
 *   ({@code scoreScale}: [0, 1] for D̂, the scores' own finite range for a critic), so every
 *   border is coloured on one scale.</li>
 * </ul>
 * Budget: at most {@link #FRAMES_PER_SECOND} image frames a second (the lab's 2D and 1D frames
 * run at 20), so that the largest frame, a conditional run's, keeps a student's stream under
 * {@link #BYTES_PER_SECOND} (checked by {@code ImageCodingTest}).
 */
public final class ImageCoding {
    /** Image frames a second: 2.5, a frame every 400 ms. */
    public static final double FRAMES_PER_SECOND = 2.5;
    /** The image view's budget per student, bytes of frame text a second. */
    public static final long BYTES_PER_SECOND = 200_000;
    /** Grey levels of a pixel byte. */
    static final int LEVELS = 255;

    private ImageCoding() {
    }

    /** The nanoseconds between two image frames. */
    public static long frameNanos() {
        return Math.round(1e9 / FRAMES_PER_SECOND);
    }

    /** Pixel bytes of {@code v} (values in the scale [lo, hi]), the view's grey levels. */
    public static byte[] pixelBytes(float[] v, float lo, float hi) {
        if (!(hi > lo) || !Float.isFinite(lo) || !Float.isFinite(hi)) {
            throw new IllegalArgumentException("a pixel scale needs finite lo < hi, got " + lo + ".." + hi);
        }
        byte[] out = new byte[v.length];
        double span = (double) hi - lo;
        for (int i = 0; i < v.length; i++) {
            double t = ((double) v[i] - lo) / span;
            // NaN fails both tests and stays 0 (background)
            out[i] = (byte) (t >= 1 ? LEVELS : t > 0 ? Math.round(t * LEVELS) : 0);
        }
        return out;
    }

    /** The range the scores of {@code f} are coded over: [0, 1] for D̂, else their finite range. */
    public static float[] scoreRange(ImageFrame f) {
        if (f.scoreKind() == HeatKind.PROBABILITY) {
            return new float[] {0, 1};
        }
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (ImageSet s : new ImageSet[] {f.grid(), f.strip(), f.real()}) {
            if (s != null) {
                float[] r = Quantiser.finiteRange(s.scores(), Float.NaN);
                if (!Float.isNaN(r[0])) {
                    lo = Math.min(lo, r[0]);
                    hi = Math.max(hi, r[1]);
                }
            }
        }
        return lo > hi ? new float[] {0, 0} : new float[] {lo, hi};
    }

    /** {@code key}: the set's pixels (when it has them); {@code keyScore}: its scores over [lo, hi]. */
    public static void putImages(ObjectNode o, String key, ImageSet s, float[] range) {
        if (s == null) {
            return;
        }
        if (s.pixels() != null) {
            o.put(key, pixelText(s.pixels()));
        }
        o.put(key + "Score", Base85.encode(Quantiser.uint8Codes(s.scores(), range[0], range[1])));
    }

    /** Pixel bytes as the view's text (base85). */
    public static String pixelText(byte[] pixels) {
        return Base85.encode(pixels);
    }

    /** The inverse of the pixel text (tests and tools; the browser's decodeB85). */
    public static byte[] decodePixels(String text) {
        byte[] b = Base85.decode(text);
        if (b.length % ImageFrame.PIXELS != 0) {
            throw new IllegalArgumentException("image data must be whole images of " + ImageFrame.PIXELS
                    + " pixels, got " + b.length + " bytes");
        }
        return b;
    }

    /** The inverse of the score text over [lo, hi] (tests and tools; the browser's decodeScores). */
    public static float[] decodeScores(String text, float[] range) {
        return Quantiser.fromUint8(Base85.decode(text), range[0], range[1]);
    }
}

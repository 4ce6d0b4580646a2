package lab.minimax.live.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Drawn values quantised to what the eye can see, as {@link Base85} text for the browser components
 * ({@code decodeI16} / {@code decodeU8Grid} in {@code frontend/components/lab-data.ts}; grids also
 * go through {@link GridCoding}):
 * <ul>
 *   <li>int16 (little-endian) for coordinates: value v of axis a in [lo_a, hi_a] becomes
 *   c = round((v − lo)/(hi − lo) · 65534) − 32767 ∈ [−32767, 32767], decoded as
 *   v' = lo + (c + 32767)·(hi − lo)/65534; |v − v'| ≤ (hi − lo)/131068, half a step. Values outside
 *   the box and ±∞ are clamped to its edge; NaN is the code −32768 and decodes to NaN.</li>
 *   <li>uint8 for heatmaps: v in [lo, hi] becomes c = round((v − lo)/(hi − lo) · 254) ∈ [0, 254],
 *   decoded as v' = lo + c·(hi − lo)/254; outside values and ±∞ clamp, NaN is 255. The colour
 *   tables have 256 entries over the drawn range, so 255 levels change a pixel by at most one entry.</li>
 * </ul>
 * With hi = lo every finite value decodes to lo. lo and hi go to the browser with the array.
 */
public final class Quantiser {
    /** Largest int16 code; −32768 stands for NaN. */
    static final int I16_MAX = 32767;
    static final short I16_NAN = Short.MIN_VALUE;
    /** Largest uint8 code of a value; 255 stands for NaN. */
    static final int U8_MAX = 254;
    static final int U8_NAN = 255;

    private Quantiser() {
    }

    /**
     * int16 codes of {@code v}, whose entries cycle through the axes of {@code lo}/{@code hi}
     * (one axis: a list of x; two: interleaved x, y), as base85.
     */
    static String int16(float[] v, float[] lo, float[] hi) {
        short[] c = int16Codes(v, lo, hi);
        ByteBuffer buf = ByteBuffer.allocate(c.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < c.length; i++) {
            buf.putShort(i * 2, c[i]);
        }
        return Base85.encode(buf.array());
    }

    /** The int16 codes of {@code v}, entries cycling through the axes of {@code lo}/{@code hi}. */
    public static short[] int16Codes(float[] v, float[] lo, float[] hi) {
        checkBox(lo, hi);
        int d = lo.length;
        short[] c = new short[v.length];
        for (int i = 0; i < v.length; i++) {
            c[i] = int16(v[i], lo[i % d], hi[i % d]);
        }
        return c;
    }

    /** The code of one value in [lo, hi]. */
    static short int16(float v, float lo, float hi) {
        if (Float.isNaN(v)) {
            return I16_NAN;
        }
        double t = hi > lo ? ((double) v - lo) / ((double) hi - lo) : 0;
        return (short) (Math.round(clamp01(t) * (2.0 * I16_MAX)) - I16_MAX);
    }

    /** The inverse of {@link #int16(float[], float[], float[])} (tests and tools; the browser's decodeI16). */
    public static float[] decodeInt16(String text, float[] lo, float[] hi) {
        byte[] bytes = Base85.decode(text);
        if (bytes.length % 2 != 0) {
            throw new IllegalArgumentException("int16 data must be a multiple of 2 bytes, got " + bytes.length);
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        short[] c = new short[bytes.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = buf.getShort(i * 2);
        }
        return fromInt16(c, lo, hi);
    }

    /** Values of int16 codes {@code c} in the box [lo, hi] (per axis). */
    public static float[] fromInt16(short[] c, float[] lo, float[] hi) {
        checkBox(lo, hi);
        int d = lo.length;
        float[] out = new float[c.length];
        for (int i = 0; i < out.length; i++) {
            double l = lo[i % d];
            out[i] = c[i] == I16_NAN ? Float.NaN : (float) (l + (c[i] + I16_MAX) * ((hi[i % d] - l) / (2.0 * I16_MAX)));
        }
        return out;
    }

    /** uint8 codes of {@code v} in [lo, hi], as base85. */
    static String uint8(float[] v, float lo, float hi) {
        return Base85.encode(uint8Codes(v, lo, hi));
    }

    /** The uint8 codes of {@code v} in [lo, hi]. */
    public static byte[] uint8Codes(float[] v, float lo, float hi) {
        checkBox(new float[] {lo}, new float[] {hi});
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            float x = v[i];
            if (Float.isNaN(x)) {
                out[i] = (byte) U8_NAN;
            } else {
                double t = hi > lo ? ((double) x - lo) / ((double) hi - lo) : 0;
                out[i] = (byte) Math.round(clamp01(t) * U8_MAX);
            }
        }
        return out;
    }

    /** The inverse of {@link #uint8} (tests and tools; the browser's decodeU8Grid after the residuals). */
    static float[] decodeUint8(String text, float lo, float hi) {
        return fromUint8(Base85.decode(text), lo, hi);
    }

    /** Values of uint8 codes {@code bytes} in [lo, hi]. */
    public static float[] fromUint8(byte[] bytes, float lo, float hi) {
        float[] out = new float[bytes.length];
        for (int i = 0; i < out.length; i++) {
            int c = bytes[i] & 0xFF;
            out[i] = c == U8_NAN ? Float.NaN : (float) (lo + c * (((double) hi - lo) / U8_MAX));
        }
        return out;
    }

    /** [min, max] of the finite values of {@code v}, or [0, 0] when there are none. */
    public static float[] finiteRange(float[] v) {
        return finiteRange(v, 0f);
    }

    /** [min, max] of the finite values of {@code v}, or [none, none] when there are none. */
    public static float[] finiteRange(float[] v, float none) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            if (Float.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        return lo > hi ? new float[] {none, none} : new float[] {lo, hi};
    }

    private static double clamp01(double t) {
        // t is ±∞ for a value of ±∞; never NaN here (NaN values are coded apart, the box is finite)
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }

    private static void checkBox(float[] lo, float[] hi) {
        if (lo.length == 0 || lo.length != hi.length) {
            throw new IllegalArgumentException("quantiser box needs as many lower as upper bounds (≥ 1), got "
                    + lo.length + " and " + hi.length);
        }
        for (int a = 0; a < lo.length; a++) {
            if (!Float.isFinite(lo[a]) || !Float.isFinite(hi[a]) || hi[a] < lo[a]) {
                throw new IllegalArgumentException("quantiser box axis " + a + " needs finite lo ≤ hi, got "
                        + lo[a] + ".." + hi[a]);
            }
        }
    }
}

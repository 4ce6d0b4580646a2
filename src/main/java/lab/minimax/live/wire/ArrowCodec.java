package lab.minimax.live.wire;

import java.util.Arrays;

/**
 * The generator-gradient arrows as two bytes each ({@code decodeArrows} in
 * {@code frontend/components/lab-data.ts}): direction θ = atan2(dy, dx) as round(θ/2π · 256) mod 256
 * (steps of 1.4°, error ≤ 0.7°), length L as round(min(L, s)/s · 255) with a per-frame scale s.
 * <p>
 * The browser draws the arrows scaled so that the 95th-percentile length r is 5 % of the plot's
 * width, and caps every arrow at 10 %, i.e. at length 2r ({@code drawArrows} in plane-marks.ts).
 * So s = 2r: nothing drawn changes by the cap, a length's error is at most s/510 = r/255 (0.12 px
 * for a 30 px arrow), and the decoded lengths keep their order, hence their 95th percentile up to
 * that error. A non-finite arrow is sent with length 0 (drawn as none, as before).
 */
public final class ArrowCodec {
    /** Largest length code. */
    static final int LENGTH_MAX = 255;
    /** Direction codes per turn. */
    static final int TURN = 256;

    /** An encoded frame of arrows: base85 of (direction, length) byte pairs and the length scale s. */
    record Encoded(String text, float scale) {
    }

    private ArrowCodec() {
    }

    /** Encodes arrows {@code a} (interleaved dx, dy). */
    static Encoded encode(float[] a) {
        int n = a.length / 2;
        float scale = scale(a);
        byte[] out = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            double dx = a[2 * i];
            double dy = a[2 * i + 1];
            double len = Math.hypot(dx, dy);
            if (!Double.isFinite(len) || !(scale > 0)) {
                continue; // direction 0, length 0
            }
            long dir = Math.round(Math.atan2(dy, dx) / (2 * Math.PI) * TURN);
            out[2 * i] = (byte) Math.floorMod(dir, TURN);
            out[2 * i + 1] = (byte) Math.round(Math.min(len, scale) / scale * LENGTH_MAX);
        }
        return new Encoded(Base85.encode(out), scale);
    }

    /** The inverse of {@link #encode} (tests and tools; the browser's decodeArrows): dx, dy interleaved. */
    public static float[] decode(String text, float scale) {
        byte[] b = Base85.decode(text);
        if (b.length % 2 != 0) {
            throw new IllegalArgumentException("arrow data must be pairs of bytes, got " + b.length + " bytes");
        }
        float[] out = new float[b.length];
        for (int i = 0; i < b.length / 2; i++) {
            double theta = (b[2 * i] & 0xFF) * (2 * Math.PI / TURN);
            double len = (b[2 * i + 1] & 0xFF) * ((double) scale / LENGTH_MAX);
            out[2 * i] = (float) (len * Math.cos(theta));
            out[2 * i + 1] = (float) (len * Math.sin(theta));
        }
        return out;
    }

    /**
     * s = 2 × the 95th-percentile finite length, as the browser picks it (sorted lengths, index
     * ⌊0.95 (n − 1)⌋); the longest finite length when that is 0; 0 when there is none.
     */
    public static float scale(float[] a) {
        int n = a.length / 2;
        double[] lens = new double[n];
        int m = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double len = Math.hypot(a[2 * i], a[2 * i + 1]);
            if (Double.isFinite(len)) {
                lens[m++] = len;
                max = Math.max(max, len);
            }
        }
        if (m == 0) {
            return 0;
        }
        Arrays.sort(lens, 0, m);
        double ref = lens[(int) Math.floor(0.95 * (m - 1))];
        return (float) (ref > 0 ? 2 * ref : max);
    }
}

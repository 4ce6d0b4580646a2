package lab.minimax.live.wire;

/**
 * Lossless predictive coding of quantised grids, so that the frame's compressed size (HTTP gzip,
 * the websocket's permessage-deflate) shrinks while every decoded value stays the same
 * ({@code decodeU8Grid} / {@code decodeI16Grid} in {@code frontend/components/lab-data.ts}):
 * <ul>
 *   <li>uint8 grids (heatmaps), row-major w wide: each code q is sent as the residual
 *   r = (q − pred) mod 256, where pred is the median edge detector of LOCO-I / JPEG-LS on the left
 *   neighbour a, the upper b and the upper-left c: min(a, b) if c ≥ max(a, b), max(a, b) if
 *   c ≤ min(a, b), else a + b − c. On the first row b = c = a, on the first column a = c = b
 *   (the first code is sent as is). A smooth field leaves residuals near 0, which deflate codes in
 *   a few bits.</li>
 *   <li>int16 grids of points (the manifold, interleaved x, y, {@code cols} points a row): each code
 *   is sent as its difference mod 2¹⁶ from the same axis of the point to its left (first column:
 *   the point above; the first point as is), the low bytes of all differences first, then the high
 *   bytes: on a smooth grid the high bytes are nearly all 0x00 or 0xFF.</li>
 * </ul>
 */
public final class GridCoding {
    private GridCoding() {
    }

    /** Residuals of uint8 codes {@code q} (a grid {@code w} wide) after the MED predictor. */
    static byte[] medResiduals(byte[] q, int w) {
        checkWidth(q.length, w);
        byte[] r = new byte[q.length];
        for (int i = 0; i < q.length; i++) {
            r[i] = (byte) ((q[i] & 0xFF) - med(q, i, w));
        }
        return r;
    }

    /** The inverse of {@link #medResiduals} (tests and tools; the browser's decodeU8Grid). */
    public static byte[] medCodes(byte[] r, int w) {
        checkWidth(r.length, w);
        byte[] q = new byte[r.length];
        for (int i = 0; i < r.length; i++) {
            q[i] = (byte) ((r[i] & 0xFF) + med(q, i, w));
        }
        return q;
    }

    /** The MED prediction of code i from codes already known (those before i). */
    private static int med(byte[] q, int i, int w) {
        boolean top = i < w;
        boolean left = i % w == 0;
        if (i == 0) {
            return 0;
        }
        if (top) {
            return q[i - 1] & 0xFF;
        }
        if (left) {
            return q[i - w] & 0xFF;
        }
        int a = q[i - 1] & 0xFF;
        int b = q[i - w] & 0xFF;
        int c = q[i - w - 1] & 0xFF;
        int max = Math.max(a, b);
        int min = Math.min(a, b);
        return c >= max ? min : c <= min ? max : a + b - c;
    }

    /**
     * Row differences of int16 codes {@code c} (points of {@code axes} interleaved values,
     * {@code cols} points a row), as low bytes then high bytes.
     */
    static byte[] rowDeltas(short[] c, int cols, int axes) {
        int w = cols * axes;
        checkWidth(c.length, w);
        int n = c.length;
        byte[] out = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            int d = (c[i] - previous(c, i, w, axes)) & 0xFFFF;
            out[i] = (byte) d;
            out[n + i] = (byte) (d >>> 8);
        }
        return out;
    }

    /** The inverse of {@link #rowDeltas} (tests and tools; the browser's decodeI16Grid). */
    public static short[] rowCodes(byte[] planes, int cols, int axes) {
        if (planes.length % 2 != 0) {
            throw new IllegalArgumentException("int16 grid data must be a multiple of 2 bytes, got " + planes.length);
        }
        int n = planes.length / 2;
        int w = cols * axes;
        checkWidth(n, w);
        short[] c = new short[n];
        for (int i = 0; i < n; i++) {
            int d = (planes[i] & 0xFF) | (planes[n + i] & 0xFF) << 8;
            c[i] = (short) (previous(c, i, w, axes) + d);
        }
        return c;
    }

    /** The code value i is predicted from: same axis, one point to the left, else one row up, else 0. */
    private static int previous(short[] c, int i, int w, int axes) {
        if (i % w >= axes) {
            return c[i - axes];
        }
        return i >= w ? c[i - w] : 0;
    }

    private static void checkWidth(int length, int w) {
        if (w <= 0 || length % w != 0) {
            throw new IllegalArgumentException("a grid of " + length + " values cannot be " + w + " wide");
        }
    }
}

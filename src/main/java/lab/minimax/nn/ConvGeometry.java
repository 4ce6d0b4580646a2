package lab.minimax.nn;

import lab.minimax.nn.f32.FloatOps;

/**
 * The geometry of a 2D convolution and its patch matrix, in the engine's layout (see
 * {@link Conv2d}): a "large" image of H × W pixels and C channels per sample row (NHWC: pixel
 * (h, w), channel c of sample i at {@code ((i·H + h)·W + w)·C + c}), a k × k kernel moved at stride
 * s over the image zero-padded by p on every side, and the "small" image of Ho × Wo positions,
 * Ho = ⌊(H + 2p − k)/s⌋ + 1.
 *
 * <p>The patch matrix (im2col) has one row per small position r = (i·Ho + oh)·Wo + ow and one
 * column per tap q = (kh·k + kw)·C + c:
 * <pre>
 *   P[r, q] = X[i, oh·s − p + kh, ow·s − p + kw, c]   (0 outside the image)
 * </pre>
 * {@link #im2col} forms P; {@link #col2im} is its adjoint, X̄ = Pᵀ-scatter of a patch matrix, the
 * input gradient of a convolution and the forward pass of a transposed convolution. Both are
 * plain loops in a fixed order (rows r in order, then taps q in order), so every element of
 * col2im's sum is added in the same order on every path. Immutable.
 */
final class ConvGeometry {
    /** col2im's run additions (elementwise: the same bits in vectors). */
    private static final FloatOps OPS = FloatOps.selected();
    /** Large side: height, width, channels. */
    final int H, W, C;
    /** Kernel side, stride, zero padding. */
    final int k, s, p;
    /** Small side: positions per row and column. */
    final int Ho, Wo;
    /** Taps per patch, k·k·C (the patch matrix's columns). */
    final int taps;

    ConvGeometry(int H, int W, int C, int k, int s, int p) {
        if (H < 1 || W < 1 || C < 1 || k < 1 || s < 1 || p < 0) {
            throw new IllegalArgumentException("convolution needs H, W, C, k, s >= 1 and p >= 0, got H=" + H + ", W="
                    + W + ", C=" + C + ", k=" + k + ", s=" + s + ", p=" + p);
        }
        if (p >= k) {
            throw new IllegalArgumentException("padding p=" + p + " must be < kernel k=" + k
                    + " (a patch entirely in the padding)");
        }
        if (H + 2 * p < k || W + 2 * p < k) {
            throw new IllegalArgumentException("kernel k=" + k + " is larger than the padded image "
                    + (H + 2 * p) + "×" + (W + 2 * p));
        }
        this.H = H;
        this.W = W;
        this.C = C;
        this.k = k;
        this.s = s;
        this.p = p;
        this.Ho = (H + 2 * p - k) / s + 1;
        this.Wo = (W + 2 * p - k) / s + 1;
        this.taps = k * k * C;
    }

    /** Floats per sample of the large image, H·W·C. */
    int largeSize() {
        return H * W * C;
    }

    /** Small positions per sample, Ho·Wo. */
    int positions() {
        return Ho * Wo;
    }

    /** P = im2col(X) for n samples: x has n·H·W·C floats, col gets n·Ho·Wo × taps (overwritten). */
    void im2col(float[] x, int n, float[] col) {
        final int kC = k * C;
        int r = 0;
        for (int i = 0; i < n; i++) {
            final int xi = i * H * W * C;
            for (int oh = 0; oh < Ho; oh++) {
                for (int ow = 0; ow < Wo; ow++, r++) {
                    final int row = r * taps;
                    final int w0 = ow * s - p;
                    for (int kh = 0; kh < k; kh++) {
                        final int h = oh * s - p + kh;
                        final int dst = row + kh * kC;
                        if (h < 0 || h >= H) {
                            java.util.Arrays.fill(col, dst, dst + kC, 0f);
                            continue;
                        }
                        // the taps kw whose column lies in the image are one contiguous run of X's row h
                        final int kwLo = Math.max(0, -w0);
                        final int kwHi = Math.min(k, W - w0);
                        if (kwLo > 0) {
                            java.util.Arrays.fill(col, dst, dst + kwLo * C, 0f);
                        }
                        if (kwHi > kwLo) {
                            System.arraycopy(x, xi + (h * W + w0 + kwLo) * C, col, dst + kwLo * C, (kwHi - kwLo) * C);
                        }
                        if (kwHi < k) {
                            java.util.Arrays.fill(col, dst + Math.max(kwHi, kwLo) * C, dst + kC, 0f);
                        }
                    }
                }
            }
        }
    }

    /**
     * X̄ = col2im(P̄) for n samples: x (n·H·W·C floats) is set to start (or 0 when start is null;
     * start has C floats, one per channel: a transposed convolution's bias), then every entry
     * P̄[r, q] in the image is added to X̄[i, oh·s − p + kh, ow·s − p + kw, c], for r in order and q
     * in order within a row.
     */
    void col2im(float[] col, int n, float[] start, float[] x) {
        final int size = H * W * C;
        if (start == null) {
            java.util.Arrays.fill(x, 0, n * size, 0f);
        } else {
            for (int t = 0; t < n * H * W; t++) {
                System.arraycopy(start, 0, x, t * C, C);
            }
        }
        final int kC = k * C;
        int r = 0;
        for (int i = 0; i < n; i++) {
            final int xi = i * size;
            for (int oh = 0; oh < Ho; oh++) {
                for (int ow = 0; ow < Wo; ow++, r++) {
                    final int row = r * taps;
                    final int w0 = ow * s - p;
                    final int kwLo = Math.max(0, -w0);
                    final int kwHi = Math.min(k, W - w0);
                    for (int kh = 0; kh < k; kh++) {
                        final int h = oh * s - p + kh;
                        if (h < 0 || h >= H || kwHi <= kwLo) {
                            continue;
                        }
                        // X̄ row h, columns w0 + kwLo .. w0 + kwHi, all channels: one contiguous run
                        final int src = row + kh * kC + kwLo * C;
                        final int dst = xi + (h * W + w0 + kwLo) * C;
                        final int len = (kwHi - kwLo) * C;
                        OPS.add(col, src, x, dst, len);
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return H + "×" + W + "×" + C + " k" + k + "/s" + s + "/p" + p + " → " + Ho + "×" + Wo;
    }
}

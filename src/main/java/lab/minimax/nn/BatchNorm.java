package lab.minimax.nn;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * Batch normalisation over channels (Ioffe &amp; Szegedy 2015; PyTorch's {@code BatchNorm2d} in
 * training mode, or {@code BatchNorm1d} for a dense layer: C = its width), in float32 with the
 * per-channel sums in double. Rows are NHWC (see {@link Conv2d}): channel c of every pixel of
 * every sample, M = n·(size/C) values per channel, normalised with this batch's statistics:
 * <pre>
 *   μ_c = (1/M) Σ_r z_rc,   σ²_c = (1/M) Σ_r (z_rc − μ_c)²   (biased, as PyTorch normalises)
 *   x̂_rc = (z_rc − μ_c)·s_c,   s_c = 1/√(σ²_c + ε)
 *   y_rc = γ_c·x̂_rc + β_c
 * </pre>
 * and back-propagation (all three sums over r):
 * <pre>
 *   dβ_c += Σ_r dy_rc,   dγ_c += Σ_r dy_rc·x̂_rc
 *   dz_rc = γ_c·s_c·(dy_rc − (1/M)Σ_r dy_rc − x̂_rc·(1/M)Σ_r dy_rc·x̂_rc)
 * </pre>
 * Each sum runs over r in order in double, so the result is the same bits on every path (no
 * kernel is involved). Only the training-mode statistics are implemented: no running averages,
 * so a batch's outputs depend on the whole batch (as in DCGAN's reference code, which also samples
 * in training mode). Sampling for the image view and the metrics ({@code ImageRows.generate}) therefore
 * also uses the statistics of the rows passed (chunks of up to 256): deterministic, since the output
 * depends only on γ, β and those rows, but not per-image. γ = 1, β = 0 at construction. Scratch grows to the largest batch seen; steady
 * calls allocate nothing. Not thread-safe.
 */
public final class BatchNorm {
    private final int C;
    private final double eps;
    private final float[] gamma;
    private final float[] beta;
    private final float[] dGamma;
    private final float[] dBeta;
    /** μ_c and s_c of the last forward. */
    private final double[] mu;
    private final double[] s;
    /** Per-channel sums of the backward pass. */
    private final double[] sumDy;
    private final double[] sumDyX;
    /** x̂ of the last forward. */
    private float[] xHat = new float[0];
    private int rows = -1;

    /** @param channels C ≥ 1; @param eps ε &gt; 0 (PyTorch: 1e-5) */
    public BatchNorm(int channels, double eps) {
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be >= 1, got " + channels);
        }
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new IllegalArgumentException("eps must be finite and > 0, got " + eps);
        }
        this.C = channels;
        this.eps = eps;
        this.gamma = new float[C];
        this.beta = new float[C];
        Arrays.fill(gamma, 1f);
        this.dGamma = new float[C];
        this.dBeta = new float[C];
        this.mu = new double[C];
        this.s = new double[C];
        this.sumDy = new double[C];
        this.sumDyX = new double[C];
    }

    public int channels() {
        return C;
    }

    public double eps() {
        return eps;
    }

    /** The live γ (length C). */
    public float[] gamma() {
        return gamma;
    }

    /** The live β (length C). */
    public float[] beta() {
        return beta;
    }

    public float[] dGamma() {
        return dGamma;
    }

    public float[] dBeta() {
        return dBeta;
    }

    /** Y = γ·x̂ + β for Z (n × size, size a multiple of C); Y reshaped like Z (Y may be Z). */
    public void forward(FMatrixRMaj Z, FMatrixRMaj Y) {
        final int size = Z.numCols;
        if (size % C != 0 || Z.numRows < 1) {
            throw new IllegalArgumentException("Z is " + Z.numRows + "×" + size + ", not rows of " + C + " channels");
        }
        final int n = Z.numRows;
        final int M = n * (size / C);
        final float[] z = Z.data;
        xHat = Conv2d.grow(xHat, n * size);
        rows = n;
        // μ_c = (1/M) Σ_r z_rc
        Arrays.fill(mu, 0);
        for (int r = 0, o = 0; r < M; r++, o += C) {
            for (int c = 0; c < C; c++) {
                mu[c] += z[o + c];
            }
        }
        for (int c = 0; c < C; c++) {
            mu[c] /= M;
        }
        // σ²_c = (1/M) Σ_r (z_rc − μ_c)², s_c = 1/√(σ²_c + ε)
        Arrays.fill(s, 0);
        for (int r = 0, o = 0; r < M; r++, o += C) {
            for (int c = 0; c < C; c++) {
                double d = z[o + c] - mu[c];
                s[c] += d * d;
            }
        }
        for (int c = 0; c < C; c++) {
            s[c] = 1.0 / Math.sqrt(s[c] / M + eps);
        }
        // x̂ = (z − μ)·s, y = γ·x̂ + β
        Y.reshape(n, size);
        final float[] y = Y.data;
        for (int r = 0, o = 0; r < M; r++, o += C) {
            for (int c = 0; c < C; c++) {
                float xh = (float) ((z[o + c] - mu[c]) * s[c]);
                xHat[o + c] = xh;
                y[o + c] = gamma[c] * xh + beta[c];
            }
        }
    }

    /**
     * dZ from dY of the last forward (dZ reshaped like dY; dZ may be dY); ADDS dγ, dβ when
     * weightGrads.
     */
    public void backward(FMatrixRMaj dY, FMatrixRMaj dZ, boolean weightGrads) {
        if (rows < 0 || dY.numRows != rows) {
            throw new IllegalStateException("backward needs a forward with " + dY.numRows + " rows first");
        }
        final int n = dY.numRows;
        final int size = dY.numCols;
        final int M = n * (size / C);
        final float[] dy = dY.data;
        Arrays.fill(sumDy, 0);
        Arrays.fill(sumDyX, 0);
        for (int r = 0, o = 0; r < M; r++, o += C) {
            for (int c = 0; c < C; c++) {
                sumDy[c] += dy[o + c];
                sumDyX[c] += (double) dy[o + c] * xHat[o + c];
            }
        }
        if (weightGrads) {
            for (int c = 0; c < C; c++) {
                dBeta[c] += (float) sumDy[c];
                dGamma[c] += (float) sumDyX[c];
            }
        }
        // dz = γ·s·(dy − mean(dy) − x̂·mean(dy·x̂)), the means and γ·s in double
        dZ.reshape(n, size);
        final float[] dz = dZ.data;
        for (int c = 0; c < C; c++) {
            sumDy[c] /= M;
            sumDyX[c] /= M;
        }
        for (int r = 0, o = 0; r < M; r++, o += C) {
            for (int c = 0; c < C; c++) {
                dz[o + c] = (float) (gamma[c] * s[c] * (dy[o + c] - sumDy[c] - xHat[o + c] * sumDyX[c]));
            }
        }
    }

    /** dγ = 0, dβ = 0. */
    public void zeroGrad() {
        Arrays.fill(dGamma, 0f);
        Arrays.fill(dBeta, 0f);
    }

    @Override
    public String toString() {
        return "BatchNorm[" + C + "]";
    }
}

package lab.minimax.nn;

/**
 * TEST ORACLE: training-mode batch norm over the channels of NHWC rows in double, by its
 * definition: μ_c, σ²_c (biased) over the M = n·size/C values of channel c,
 * y = γ(z − μ)/√(σ² + ε) + β; its backward is written from the chain rule through μ and σ²
 * (dx̂ = γ·dy; dσ² = Σ dx̂(z − μ)·(−½)(σ² + ε)^(−3/2); dμ = −Σ dx̂/√(σ² + ε) + dσ²·(−2/M)Σ(z − μ);
 * dz = dx̂/√(σ² + ε) + dσ²·2(z − μ)/M + dμ/M), not from the engine's fused formula.
 */
final class DoubleBatchNorm {
    final int C;
    final double eps;
    final double[] gamma, beta, dGamma, dBeta;
    double[] z;
    int n, size;

    DoubleBatchNorm(int C, double eps) {
        this.C = C;
        this.eps = eps;
        gamma = new double[C];
        beta = new double[C];
        dGamma = new double[C];
        dBeta = new double[C];
        java.util.Arrays.fill(gamma, 1);
    }

    double[] forward(double[] zIn, int rows, int cols) {
        z = zIn.clone();
        n = rows;
        size = cols;
        int M = n * size / C;
        double[] mu = new double[C], var = new double[C], y = new double[z.length];
        for (int r = 0; r < M; r++) {
            for (int c = 0; c < C; c++) {
                mu[c] += z[r * C + c] / M;
            }
        }
        for (int r = 0; r < M; r++) {
            for (int c = 0; c < C; c++) {
                var[c] += Math.pow(z[r * C + c] - mu[c], 2) / M;
            }
        }
        for (int r = 0; r < M; r++) {
            for (int c = 0; c < C; c++) {
                y[r * C + c] = gamma[c] * (z[r * C + c] - mu[c]) / Math.sqrt(var[c] + eps) + beta[c];
            }
        }
        return y;
    }

    /** dL/dz of the last forward for dL/dy = dy; ADDS dγ, dβ. */
    double[] backward(double[] dy) {
        int M = n * size / C;
        double[] mu = new double[C], var = new double[C];
        for (int r = 0; r < M; r++) {
            for (int c = 0; c < C; c++) {
                mu[c] += z[r * C + c] / M;
            }
        }
        for (int r = 0; r < M; r++) {
            for (int c = 0; c < C; c++) {
                var[c] += Math.pow(z[r * C + c] - mu[c], 2) / M;
            }
        }
        double[] dVar = new double[C], dMu = new double[C], sumC = new double[C], dz = new double[z.length];
        for (int r = 0; r < M; r++) {
            for (int c = 0; c < C; c++) {
                int t = r * C + c;
                double sd = Math.sqrt(var[c] + eps);
                double xh = (z[t] - mu[c]) / sd;
                dGamma[c] += dy[t] * xh;
                dBeta[c] += dy[t];
                double dxh = gamma[c] * dy[t];
                dVar[c] += dxh * (z[t] - mu[c]) * -0.5 * Math.pow(var[c] + eps, -1.5);
                dMu[c] += -dxh / sd;
                sumC[c] += z[t] - mu[c];
            }
        }
        for (int c = 0; c < C; c++) {
            dMu[c] += dVar[c] * -2 * sumC[c] / M;
        }
        for (int r = 0; r < M; r++) {
            for (int c = 0; c < C; c++) {
                int t = r * C + c;
                dz[t] = gamma[c] * dy[t] / Math.sqrt(var[c] + eps) + dVar[c] * 2 * (z[t] - mu[c]) / M + dMu[c] / M;
            }
        }
        return dz;
    }

    void zeroGrad() {
        java.util.Arrays.fill(dGamma, 0);
        java.util.Arrays.fill(dBeta, 0);
    }
}

package lab.minimax.metrics.mnist;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Fréchet distance between two Gaussians fitted to feature rows (Heusel et al. 2017, the FID
 * with the digit classifier's features in place of Inception's):
 * <pre>
 *   d² = ‖μ₁ − μ₂‖² + tr(Σ₁ + Σ₂ − 2 (Σ₁^½ Σ₂ Σ₁^½)^½)
 * </pre>
 * tr((Σ₁^½ Σ₂ Σ₁^½)^½) = Σᵢ √λᵢ over the eigenvalues of the symmetric PSD Σ₁^½ Σ₂ Σ₁^½, and Σ₁^½
 * comes from Σ₁'s eigendecomposition (negative round-off eigenvalues clamp to 0). Everything in
 * double; the covariances are the unbiased ones (divisor n − 1).
 */
public final class FrechetDistance {
    private FrechetDistance() {
    }

    /** Mean and covariance of the rows of f (n × d, row-major floats). */
    public record Gaussian(double[] mean, DMatrixRMaj covariance) {
    }

    /** The Gaussian fitted to n rows of d features in f. */
    public static Gaussian fit(float[] f, int n, int d) {
        if (n < 2) {
            throw new IllegalArgumentException("a covariance needs at least 2 rows, got " + n);
        }
        double[] mu = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mu[j] += f[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mu[j] /= n;
        }
        // Σ = (1/(n−1)) Σᵢ (fᵢ − μ)(fᵢ − μ)ᵀ
        DMatrixRMaj sigma = new DMatrixRMaj(d, d);
        double[] c = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                c[j] = f[i * d + j] - mu[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = c[a];
                int row = a * d;
                for (int b = a; b < d; b++) {
                    sigma.data[row + b] += ca * c[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double v = sigma.data[a * d + b] / (n - 1);
                sigma.data[a * d + b] = v;
                sigma.data[b * d + a] = v;
            }
        }
        return new Gaussian(mu, sigma);
    }

    /** d² between two fitted Gaussians of the same dimension. */
    public static double squared(Gaussian g1, Gaussian g2) {
        int d = g1.mean().length;
        if (g2.mean().length != d) {
            throw new IllegalArgumentException("dimensions differ: " + d + " and " + g2.mean().length);
        }
        double meanTerm = 0;
        for (int j = 0; j < d; j++) {
            double diff = g1.mean()[j] - g2.mean()[j];
            meanTerm += diff * diff;
        }
        DMatrixRMaj s1 = sqrtPsd(g1.covariance());
        // M = Σ₁^½ Σ₂ Σ₁^½
        DMatrixRMaj tmp = new DMatrixRMaj(d, d);
        DMatrixRMaj m = new DMatrixRMaj(d, d);
        CommonOps_DDRM.mult(s1, g2.covariance(), tmp);
        CommonOps_DDRM.mult(tmp, s1, m);
        symmetrise(m);
        double traceSqrt = 0;
        for (double lambda : eigenvalues(m)) {
            traceSqrt += Math.sqrt(Math.max(lambda, 0));
        }
        double v = meanTerm + CommonOps_DDRM.trace(g1.covariance()) + CommonOps_DDRM.trace(g2.covariance()) - 2 * traceSqrt;
        return Math.max(v, 0);
    }

    /** Σ^½ = V diag(√max(λ, 0)) Vᵀ for a symmetric PSD Σ. */
    static DMatrixRMaj sqrtPsd(DMatrixRMaj sigma) {
        int d = sigma.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eig.decompose(sigma.copy())) {
            throw new IllegalStateException("the eigendecomposition of a covariance failed");
        }
        DMatrixRMaj out = new DMatrixRMaj(d, d);
        for (int k = 0; k < d; k++) {
            double s = Math.sqrt(Math.max(eig.getEigenvalue(k).real, 0));
            DMatrixRMaj v = eig.getEigenVector(k);
            for (int a = 0; a < d; a++) {
                double va = v.data[a] * s;
                for (int b = 0; b < d; b++) {
                    out.data[a * d + b] += va * v.data[b];
                }
            }
        }
        return out;
    }

    private static double[] eigenvalues(DMatrixRMaj m) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m.numRows, false, true);
        if (!eig.decompose(m.copy())) {
            throw new IllegalStateException("the eigendecomposition of Σ₁^½ Σ₂ Σ₁^½ failed");
        }
        double[] l = new double[m.numRows];
        for (int k = 0; k < l.length; k++) {
            l[k] = eig.getEigenvalue(k).real;
        }
        return l;
    }

    private static void symmetrise(DMatrixRMaj m) {
        int d = m.numRows;
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                double v = 0.5 * (m.data[a * d + b] + m.data[b * d + a]);
                m.data[a * d + b] = v;
                m.data[b * d + a] = v;
            }
        }
    }
}

package lab.minimax.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * ReLU's elementwise passes on the Vector API, for {@link VectorKernels}: a lane compare
 * {@code z > 0} and a blend with zero, so NaN and −0.0 give +0.0 exactly as the branch and the
 * plain loops of {@link Relu} (tested against each other); the tail runs the plain loop.
 */
final class VectorRelu {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorRelu() {
    }

    /** a[i] = z[i] &gt; 0 ? z[i] : +0.0. */
    static void apply(double[] z, double[] a, int len) {
        DoubleVector zero = DoubleVector.zero(S);
        int i = 0;
        for (; i <= len - L; i += L) {
            DoubleVector v = DoubleVector.fromArray(S, z, i);
            VectorMask<Double> live = v.compare(VectorOperators.GT, 0.0);
            zero.blend(v, live).intoArray(a, i);
        }
        Relu.applyLoop(z, a, i, len);
    }

    /** g[i] = z[i] &gt; 0 ? g[i] : +0.0. */
    static void mask(double[] z, double[] g, int len) {
        DoubleVector zero = DoubleVector.zero(S);
        int i = 0;
        for (; i <= len - L; i += L) {
            VectorMask<Double> live = DoubleVector.fromArray(S, z, i).compare(VectorOperators.GT, 0.0);
            zero.blend(DoubleVector.fromArray(S, g, i), live).intoArray(g, i);
        }
        Relu.maskLoop(z, g, i, len);
    }
}

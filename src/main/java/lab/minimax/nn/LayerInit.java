package lab.minimax.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The parameter draws of every layer ({@link DenseLayer#initialize} and the convolutions, whose
 * fans are not their matrix's sides): W in its storage order, then b, from rng in double, rounded
 * to float.
 */
final class LayerInit {
    private LayerInit() {
    }

    /**
     * PYTORCH: W, b ~ U(±1/√fanIn) as bound·(2u − 1), u = rng.nextDouble(). HE: W ~ N(0, 2/fanIn)
     * as rng.nextGaussian()·√(2/fanIn), b = 0 (not drawn). GLOROT: W ~ U(±√(6/(fanIn + fanOut))),
     * b = 0 (not drawn).
     */
    static void draw(Init init, float[] w, float[] b, int fanIn, int fanOut, RandomGenerator rng) {
        switch (init) {
            case PYTORCH: {
                double bound = 1.0 / Math.sqrt(fanIn);
                uniform(w, bound, rng);
                uniform(b, bound, rng);
                break;
            }
            case HE: {
                double sd = Math.sqrt(2.0 / fanIn);
                for (int i = 0; i < w.length; i++) {
                    w[i] = (float) (rng.nextGaussian() * sd);
                }
                Arrays.fill(b, 0f);
                break;
            }
            case GLOROT: {
                uniform(w, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
                Arrays.fill(b, 0f);
                break;
            }
            default:
                throw new IllegalArgumentException("unknown init " + init);
        }
    }

    private static void uniform(float[] x, double bound, RandomGenerator rng) {
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (bound * (2.0 * rng.nextDouble() - 1.0));
        }
    }
}

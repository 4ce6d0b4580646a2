package lab.minimax.bench;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import lab.minimax.nn.f32.FloatAdam;
import lab.minimax.nn.f32.FloatKernels;
import lab.minimax.nn.f32.FloatMlp;
import lab.minimax.nn.f32.ParallelFloatKernels;

/**
 * The canonical workload in float32 on {@link FloatMlp}: sample X (ring8) and Z, X̃ = G(Z) once,
 * D update on [X; X̃] (2B rows) with L_D = mean BCE-with-logits (real → 1, fake → 0), then the
 * non-saturating G update through the updated D, L_G = mean softplus(−D(X̃)) (D's weight
 * gradients not computed). Adam lr 1e-3, β (0.5, 0.999), ε 1e-8 on both nets. Allocates nothing
 * per step.
 */
public final class Float32Step implements BenchStep {
    private final int batch;
    private final FloatMlp g;
    private final FloatMlp d;
    private final FloatAdam optG;
    private final FloatAdam optD;
    private final RandomGenerator rng;
    private final float[] centres = new float[16];
    private final float[] z, both, dV, dFake;

    /**
     * Products of at least this many multiply-adds are shared by two threads when threads = 2
     * (all of the large variant's hidden layers; none of the small one's, where a second thread
     * does not pay for any peer).
     */
    public static final long PARALLEL_MIN_FLOPS = 1L << 22;

    private final int threads;

    public Float32Step(Variant v, long seed) {
        this(v, new SplittableRandom(seed), FloatKernels.selected());
    }

    /** threads 1, or 2 (products split by rows with one worker thread, see {@link ParallelFloatKernels}). */
    public Float32Step(Variant v, long seed, int threads) {
        this(v, new SplittableRandom(seed), threads == 2 && splits(v)
                ? new ParallelFloatKernels(FloatKernels.selected(), PARALLEL_MIN_FLOPS) : FloatKernels.selected());
    }

    /**
     * Whether the variant has a product worth sharing (the D forward on 2B rows of a hidden layer,
     * 2B·w·w multiply-adds, reaches {@link #PARALLEL_MIN_FLOPS}); if not, threads = 2 runs on one
     * thread and {@link #threads()} says 1.
     */
    static boolean splits(Variant v) {
        return 2L * v.batch * v.width * v.width >= PARALLEL_MIN_FLOPS;
    }

    /** The three streams are split from {@code root} in the order G, D, data (as the float64 step). */
    public Float32Step(Variant v, SplittableRandom root, FloatKernels kernels) {
        threads = kernels instanceof ParallelFloatKernels ? 2 : 1;
        batch = v.batch;
        g = new FloatMlp(2, v.hidden(), 2, kernels, root.split());
        d = new FloatMlp(2, v.hidden(), 1, kernels, root.split());
        rng = root.split();
        optG = new FloatAdam(Float64Step.LR, 0.5, 0.999, 1e-8, g.parameters());
        optD = new FloatAdam(Float64Step.LR, 0.5, 0.999, 1e-8, d.parameters());
        double[] c = ModeCheck.centres();
        for (int i = 0; i < 16; i++) {
            centres[i] = (float) c[i];
        }
        z = new float[2 * batch];
        both = new float[4 * batch];
        dV = new float[2 * batch];
        dFake = new float[2 * batch];
    }

    @Override
    public void step() {
        final int B = batch;
        // X: k ~ U{0..7}, x = c_k + 0.02·n; Z ~ N(0, I₂)
        for (int i = 0; i < B; i++) {
            int k = rng.nextInt(8);
            both[2 * i] = centres[2 * k] + (float) (Float64Step.SD * rng.nextGaussian());
            both[2 * i + 1] = centres[2 * k + 1] + (float) (Float64Step.SD * rng.nextGaussian());
        }
        for (int i = 0; i < 2 * B; i++) {
            z[i] = (float) rng.nextGaussian();
        }
        // X̃ = G(Z), rows B..2B of [X; X̃]
        float[] fake = g.forward(z, B);
        System.arraycopy(fake, 0, both, 2 * B, 2 * B);

        // D update: L_D = (1/2B) Σ BCE(V_i, y_i), dL_D/dV_i = (σ(V_i) − y_i)/(2B)
        float[] v = d.forward(both, 2 * B);
        float inv2B = 1f / (2 * B);
        for (int i = 0; i < 2 * B; i++) {
            dV[i] = (sigmoid(v[i]) - (i < B ? 1f : 0f)) * inv2B;
        }
        d.backward(dV, true, null);
        optD.step(d.parameters(), d.gradients());

        // G update: L_G = (1/B) Σ softplus(−V(x̃_i)), dL_G/dV_i = (σ(V_i) − 1)/B
        // (G's output array still holds X̃: no second G forward)
        v = d.forward(fake, B);
        float invB = 1f / B;
        for (int i = 0; i < B; i++) {
            dV[i] = (sigmoid(v[i]) - 1f) * invB;
        }
        d.backward(dV, false, dFake);
        g.backward(dFake, true, null);
        optG.step(g.parameters(), g.gradients());
    }

    static float sigmoid(float x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public String dtype() {
        return "float32";
    }

    @Override
    public String kernels() {
        return g.kernels();
    }

    @Override
    public double[] generate(RandomGenerator r, int n) {
        float[] zz = new float[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            zz[i] = (float) r.nextGaussian();
        }
        float[] y = g.forward(zz, n);
        double[] out = new double[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            out[i] = y[i];
        }
        return out;
    }
}

package lab.minimax.gan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import lab.minimax.distribution.Box;
import lab.minimax.distribution.Target;
import lab.minimax.experiment.DigitSubset;
import lab.minimax.distribution.mnist.MnistSampler;
import lab.minimax.distribution.mnist.PixelScale;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.gan.objective.Objectives;
import lab.minimax.nn.Activation;
import lab.minimax.nn.Adam;
import lab.minimax.nn.Init;
import lab.minimax.nn.LayerStack;
import lab.minimax.nn.LeakyRelu;
import lab.minimax.nn.Mlp;
import lab.minimax.nn.Network;
import lab.minimax.nn.f32.FloatKernels;
import lab.minimax.random.SplitMix64;

/**
 * A hand-run measure (not a test) of issue 14's two bench steps on the engine's own classes, before
 * the trainer builds them from a config: a {@link Trainer} on a 784-dimensional MNIST target
 * (the lab's digits in [−1, 1]) with G 64-256-512-784 / D 784-512-256-1 ({@code mlp}) or
 * {@link LayerStack#dcganGenerator} / {@link LayerStack#dcganCritic} ({@code dcgan}), LeakyReLU 0.2,
 * B = 64, k = 1 alternating, non-saturating GAN, Adam 2e-4 (0.5, 0.999). G's output here is affine
 * (the config's tanh output is the trainer's, not yet on this branch). Prints the median over 5
 * chunks of the thread's CPU time and of the wall time per step, and an FNV hash of the parameters
 * after the run (the same bits on every kernel path). Run after {@code ./mvnw -o test-compile}:
 * <pre>
 *   java --add-modules jdk.incubator.vector -cp target/classes:target/test-classes:$(cat cp.txt) \
 *       lab.minimax.gan.MnistStepBench mlp|dcgan [warm-up s] [measured s]
 * </pre>
 */
public final class MnistStepBench {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private MnistStepBench() {
    }

    /** The lab's MNIST digits as a 784-dimensional target (sampling only). */
    static Target mnist() {
        MnistSampler s = MnistSampler.training(DigitSubset.all(), PixelScale.SYMMETRIC);
        float[] rows = new float[0];
        return new Target() {
            float[] buf = rows;

            @Override
            public String name() {
                return "mnist";
            }

            @Override
            public int dim() {
                return s.dim();
            }

            @Override
            public void sample(RandomGenerator rng, double[] out, int n) {
                if (buf.length < n * dim()) {
                    buf = new float[n * dim()];
                }
                s.sample(rng, buf, null, n);
                for (int i = 0; i < n * dim(); i++) {
                    out[i] = buf[i];
                }
            }

            @Override
            public double density(double[] x, int offset) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Box box() {
                double[] lo = new double[dim()], hi = new double[dim()];
                Arrays.fill(lo, -1);
                Arrays.fill(hi, 1);
                return new Box(lo, hi);
            }
        };
    }

    /** The trainer of workload {@code kind} ("mlp" or "dcgan") on the given kernels, seeded. */
    static Trainer trainer(String kind, FloatKernels K, long seed) {
        SplitMix64 root = new SplitMix64(seed);
        SplitMix64 initG = root.split(), initD = root.split(), data = root.split();
        Activation act = new LeakyRelu(0.2);
        Network g, d;
        if (kind.equals("mlp")) {
            g = new Mlp(64, new int[]{256, 512}, 784, act, Init.PYTORCH, initG, K);
            d = new Mlp(784, new int[]{512, 256}, 1, act, Init.PYTORCH, initD, K);
        } else {
            g = LayerStack.dcganGenerator(64, 64, 32, 1, act, Init.PYTORCH, initG, K);
            d = LayerStack.dcganCritic(1, 32, 64, act, Init.PYTORCH, initD, K);
        }
        TrainerSettings settings = new TrainerSettings(1, Scheme.ALTERNATING, 2e-4, 2e-4, Schedule.CONSTANT, 1);
        return new Trainer(mnist(), g, d,
                Objectives.create(new ObjectiveSpec(Divergence.GAN, GeneratorLoss.NONSATURATING, 0.01, 0.1, 0, 1, 1)),
                new Adam(2e-4, 0.5, 0.999, TrainerFactory.EPS, g.parameters()),
                new Adam(2e-4, 0.5, 0.999, TrainerFactory.EPS, d.parameters()), data, NoiseDistribution.GAUSSIAN,
                64, settings);
    }

    public static void main(String[] args) {
        String kind = args.length > 0 ? args[0] : "mlp";
        double warm = args.length > 1 ? Double.parseDouble(args[1]) : 4;
        double measure = args.length > 2 ? Double.parseDouble(args[2]) : 4;
        Trainer t = trainer(kind, FloatKernels.selected(), 1);
        long c0 = MX.getCurrentThreadCpuTime();
        long n = 0;
        while (MX.getCurrentThreadCpuTime() - c0 < warm * 1e9 || n < 3) {
            t.step();
            n++;
        }
        double perStep = (MX.getCurrentThreadCpuTime() - c0) / 1e9 / n;
        int k = (int) Math.max(1, measure / 5 / perStep);
        double[] cpu = new double[5], wall = new double[5];
        for (int c = 0; c < 5; c++) {
            long a = MX.getCurrentThreadCpuTime(), w = System.nanoTime();
            for (int i = 0; i < k; i++) {
                t.step();
            }
            cpu[c] = (MX.getCurrentThreadCpuTime() - a) / 1e6 / k;
            wall[c] = (System.nanoTime() - w) / 1e6 / k;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        Trainer h = trainer(kind, FloatKernels.selected(), 1);
        for (int i = 0; i < 20; i++) {
            h.step();
        }
        System.out.printf("mnist-%s [%s] cpu %.2f ms/step (%.1f steps/s), wall %.2f ms/step (%.1f steps/s), "
                        + "chunks of %d; hash after 20 steps %016x%n", kind, FloatKernels.selected().name(), cpu[2],
                1e3 / cpu[2], wall[2], 1e3 / wall[2], k, lab.minimax.bench.HashWorkloads.hash(h));
    }
}

package lab.minimax.random;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A simple timing loop, not a test: ns per draw of nextGaussian / nextExponential for SplitMix64
 * and for the JDK's SplittableRandom (McFarland's ziggurat), each filling an array of 4096 as the
 * engine's noise does, in rotating order, by thread CPU time (the machine is shared), 15 rounds
 * of 8 M draws; prints the median and the minimum. Run after test-compile:
 * {@code java -cp target/classes:target/test-classes lab.minimax.random.GaussianTiming}.
 */
final class GaussianTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int BLOCK = 4096;
    private static final int BLOCKS = 2048;

    private GaussianTiming() {
    }

    private static void gaussians(SplitMix64 rng, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = rng.nextGaussian();
        }
    }

    private static void gaussians(SplittableRandom rng, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = rng.nextGaussian();
        }
    }

    private static void exponentials(SplitMix64 rng, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = rng.nextExponential();
        }
    }

    private static void exponentials(SplittableRandom rng, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = rng.nextExponential();
        }
    }

    public static void main(String[] args) {
        String[] names = {"gaussian SplitMix64", "gaussian SplittableRandom",
                "exponential SplitMix64", "exponential SplittableRandom"};
        int rounds = 15;
        double[][] ns = new double[names.length][rounds];
        SplitMix64 ours = new SplitMix64(1);
        SplittableRandom jdk = new SplittableRandom(1);
        double[] out = new double[BLOCK];
        double sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (int k0 = 0; k0 < names.length; k0++) {
                int k = (k0 + round) % names.length;
                long t0 = CPU.getCurrentThreadCpuTime();
                for (int b = 0; b < BLOCKS; b++) {
                    switch (k) {
                        case 0 -> gaussians(ours, out);
                        case 1 -> gaussians(jdk, out);
                        case 2 -> exponentials(ours, out);
                        default -> exponentials(jdk, out);
                    }
                    sink += out[b];
                }
                ns[k][round] = (CPU.getCurrentThreadCpuTime() - t0) / ((double) BLOCK * BLOCKS);
            }
        }
        for (int k = 0; k < names.length; k++) {
            Arrays.sort(ns[k]);
            System.out.printf("%-30s median %.2f ns, min %.2f ns%n", names[k], ns[k][rounds / 2], ns[k][0]);
        }
        System.out.println("(sink " + sink + ")");
    }
}

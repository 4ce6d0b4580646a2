package lab.minimax.bench;

import java.util.Arrays;

/**
 * bench/WORKLOAD.md's timing protocol: warm up for ≥ warm-up seconds and ≥ 3 steps (which also sizes a
 * chunk, from its last 0.1 s: k steps lasting ~0.2 s, re-sized after each chunk from its rate), then time chunks of k steps for ≥ the measured seconds and ≥ 5
 * chunks (≥ 3 when one step takes &gt; 0.25 s). Nothing but the steps runs inside a chunk.
 */
public final class ChunkTimer {
    /** Target length of a chunk in seconds. */
    public static final double CHUNK_SECONDS = 0.2;
    /** The last part of the warm-up, which sizes a chunk (0.1 s, or one step if that is longer). */
    static final long CALIBRATION_NANOS = 100_000_000L;

    /** The outcome: median and best chunk rate, chunks, measured steps. */
    public record Result(double stepsPerSecond, double best, int chunks, long steps) {
    }

    private ChunkTimer() {
    }

    /**
     * @param step     the step to time
     * @param warmup   warm-up seconds (≥ 0)
     * @param measure  measured seconds (≥ 0)
     */
    public static Result run(BenchStep step, double warmup, double measure) {
        long t0 = System.nanoTime();
        long n = 0;
        double elapsed;
        while (true) {
            step.step();
            n++;
            elapsed = (System.nanoTime() - t0) / 1e9;
            if (elapsed >= warmup && n >= 3) {
                break;
            }
        }
        // size the chunk from the warm-up's tail (the first steps run interpreted and are not typical)
        long c0 = System.nanoTime();
        long m = 0;
        do {
            step.step();
            m++;
        } while (System.nanoTime() - c0 < CALIBRATION_NANOS && m < 1_000_000);
        double perStep = (System.nanoTime() - c0) / 1e9 / m;
        int k = (int) Math.max(1, Math.min(Integer.MAX_VALUE, CHUNK_SECONDS / perStep));
        int minChunks = perStep > 0.25 ? 3 : 5;
        double[] rates = new double[16];
        int chunks = 0;
        long steps = 0;
        long start = System.nanoTime();
        while (true) {
            long t = System.nanoTime();
            for (int i = 0; i < k; i++) {
                step.step();
            }
            double dt = (System.nanoTime() - t) / 1e9;
            if (chunks == rates.length) {
                rates = Arrays.copyOf(rates, 2 * chunks);
            }
            rates[chunks++] = k / dt;
            steps += k;
            // keep chunks at ~0.2 s when the rate drifts (JIT, other load)
            k = (int) Math.max(1, Math.min(1_000_000, CHUNK_SECONDS * k / dt));
            if ((System.nanoTime() - start) / 1e9 >= measure && chunks >= minChunks) {
                break;
            }
        }
        double[] r = Arrays.copyOf(rates, chunks);
        Arrays.sort(r);
        return new Result(median(r), r[chunks - 1], chunks, steps);
    }

    /** The median of a sorted array (mean of the two middle values for an even length, as Python's statistics.median). */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}

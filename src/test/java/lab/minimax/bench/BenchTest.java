package lab.minimax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bench's parts against independent expectations (no timing assertions). */
class BenchTest {
    @Test
    void medianMatchesDefinition() {
        assertEquals(2.0, ChunkTimer.median(new double[]{1, 2, 3}));
        assertEquals(2.5, ChunkTimer.median(new double[]{1, 2, 3, 4}));
    }

    @Test
    void procStatLineParsesBusyTicks() {
        // user 100 nice 20 system 30 idle 9999 iowait 7 irq 4 softirq 6 steal 50 → busy 160 ticks
        assertEquals(1.60, OtherCpu.busySeconds("cpu  100 20 30 9999 7 4 6 50 0 0"), 1e-12);
    }

    @Test
    void chunkTimerRunsTheProtocolsMinimumChunks() {
        int[] calls = {0};
        BenchStep counting = new BenchStep() {
            @Override
            public void step() {
                calls[0]++;
                long t = System.nanoTime();
                while (System.nanoTime() - t < 20_000) {
                    Thread.onSpinWait();
                }
            }

            @Override
            public String dtype() {
                return "test";
            }

            @Override
            public String kernels() {
                return "none";
            }

            @Override
            public double[] generate(java.util.random.RandomGenerator rng, int n) {
                return new double[2 * n];
            }
        };
        ChunkTimer.Result r = ChunkTimer.run(counting, 0.0, 0.0);
        assertTrue(r.chunks() >= 5, "chunks " + r.chunks());
        assertTrue(r.steps() >= r.chunks() && r.steps() < calls[0], "steps " + r.steps() + " of " + calls[0]);
        assertTrue(r.best() >= r.stepsPerSecond() && r.stepsPerSecond() > 0);
    }

    @Test
    void modeCheckCountsPointsNearCentres() {
        double[] c = ModeCheck.centres();
        // centres at radius 2: c_2 = (0, 2)
        assertEquals(0.0, c[4], 1e-12);
        assertEquals(2.0, c[5], 1e-12);
        // 8 points, one 0.3 from each centre (near), plus 2 at the origin (2 from every centre)
        double[] pts = new double[20];
        for (int k = 0; k < 8; k++) {
            pts[2 * k] = c[2 * k] + 0.3;
            pts[2 * k + 1] = c[2 * k + 1];
        }
        ModeCheck.Coverage cov = ModeCheck.of(pts, 10);
        assertEquals(8, cov.modes());
        assertEquals(0.8, cov.fractionNear(), 1e-12);
        // all at one centre: 1 mode
        double[] one = {c[0] + 0.1, c[1], c[0] - 0.1, c[1] + 0.1};
        assertEquals(1, ModeCheck.of(one, 2).modes());
    }

    @Test
    void float64StepLearnsTheRing() {
        BenchStep s = BenchSteps.create("float64", Variant.SMALL, 0).orElseThrow();
        ModeCheck.Coverage before = ModeCheck.of(s.generate(new SplittableRandom(1), 2048), 2048);
        ModeCheck.Coverage after = ModeCheck.train(s, 3000, 4096, new SplittableRandom(1));
        System.out.println("float64 small check: before " + before + ", after 3000 steps " + after);
        assertTrue(after.modes() >= 7, "modes " + after.modes());
        assertTrue(after.fractionNear() > 0.5 && after.fractionNear() > before.fractionNear(), "near " + after.fractionNear());
    }

    @Test
    void variantsHaveTheWorkloadsParameterCounts() {
        // small G 4,482 + D 4,417; large G 132,866 + D 132,609 (WORKLOAD.md)
        assertEquals(4482, count(Variant.SMALL, 2));
        assertEquals(4417, count(Variant.SMALL, 1));
        assertEquals(132866, count(Variant.LARGE, 2));
        assertEquals(132609, count(Variant.LARGE, 1));
    }

    private static int count(Variant v, int out) {
        var t = Float64Step.canonicalTrainer(v, new SplittableRandom(0));
        return out == 2 ? t.generator().parameterCount() : t.discriminator().parameterCount();
    }
}

package lab.minimax.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        };
        ChunkTimer.Result r = ChunkTimer.run(counting, 0.0, 0.0);
        assertTrue(r.chunks() >= 5, "chunks " + r.chunks());
        assertTrue(r.steps() >= r.chunks() && r.steps() < calls[0], "steps " + r.steps() + " of " + calls[0]);
        assertTrue(r.best() >= r.stepsPerSecond() && r.stepsPerSecond() > 0);
    }
}

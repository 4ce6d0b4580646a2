package lab.minimax.training;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateMeterTest {
    private static final long MS = 1_000_000L;

    @Test
    void rateIsCountDifferenceOverTimeInsideTheWindow() {
        RateMeter m = new RateMeter();
        // 10 events every 100 ms: 100 per second
        for (int i = 0; i <= 10; i++) {
            m.sample(i * 100 * MS, i * 10);
        }
        assertEquals(100.0, m.rate(1000 * MS), 1e-9);
    }

    @Test
    void samplesOlderThanTheWindowAreIgnored() {
        RateMeter m = new RateMeter();
        m.sample(0, 0);
        m.sample(100 * MS, 1000); // a burst long ago
        for (int i = 0; i <= 10; i++) {
            m.sample((5000 + i * 100) * MS, 1000 + i);
        }
        // only the last second counts: 10 events in 1 s
        assertEquals(10.0, m.rate(6000 * MS), 1e-9);
    }

    @Test
    void aCounterThatWentBackGivesNoNegativeRate() {
        RateMeter m = new RateMeter();
        m.sample(0, 500);
        m.sample(100 * MS, 0);
        assertEquals(0.0, m.rate(100 * MS));
    }

    @Test
    void noRateWithoutTwoSamplesOrAfterSilence() {
        RateMeter m = new RateMeter();
        assertEquals(0.0, m.rate(0));
        m.sample(0, 0);
        m.sample(100 * MS, 10);
        assertEquals(0.0, m.rate(10_000 * MS), "stale samples say nothing about now");
    }
}

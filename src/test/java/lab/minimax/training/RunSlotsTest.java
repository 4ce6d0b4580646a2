package lab.minimax.training;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The training slots: the N+1-th run queues (with its position) or is refused, and a freed slot goes to the first in line. */
class RunSlotsTest {
    /** A holder that records its callbacks (run on the caller's thread here). */
    private static final class Probe implements RunSlots.Holder {
        final List<String> events = new ArrayList<>();

        @Override
        public void granted() {
            events.add("granted");
        }

        @Override
        public void queueMoved() {
            events.add("moved");
        }
    }

    @Test
    void overCapacityRunsQueueInOrderAndAFreedSlotGoesToTheFirst() {
        RunSlots slots = new RunSlots(2, Overflow.QUEUE, Runnable::run);
        Probe a = new Probe(), b = new Probe(), c = new Probe(), d = new Probe();
        assertEquals(RunSlots.Outcome.GRANTED, slots.request(a));
        assertEquals(RunSlots.Outcome.GRANTED, slots.request(b));
        assertEquals(RunSlots.Outcome.QUEUED, slots.request(c));
        assertEquals(RunSlots.Outcome.QUEUED, slots.request(d));
        assertEquals(RunSlots.Outcome.QUEUED, slots.request(c), "asking again keeps the place");
        assertEquals(1, slots.position(c));
        assertEquals(2, slots.position(d));
        assertEquals(0, slots.position(a), "a holder is not queued");
        assertEquals(2, slots.running());
        assertEquals(2, slots.queued());

        slots.release(a);
        assertEquals(List.of("granted"), c.events);
        assertTrue(slots.holds(c));
        assertEquals(0, slots.position(c));
        assertEquals(1, slots.position(d), "d moved up");
        assertEquals(List.of("moved"), d.events);
        assertEquals(2, slots.running());
        assertFalse(slots.holds(a));
    }

    @Test
    void leavingTheQueueMovesThoseBehindAndReleasingTwiceIsHarmless() {
        RunSlots slots = new RunSlots(1, Overflow.QUEUE, Runnable::run);
        Probe a = new Probe(), b = new Probe(), c = new Probe();
        slots.request(a);
        slots.request(b);
        slots.request(c);
        slots.release(b);
        assertEquals(1, slots.position(c));
        assertTrue(b.events.isEmpty(), "a run that left is not granted");
        slots.release(b);
        assertEquals(1, slots.running());
        slots.release(a);
        assertTrue(slots.holds(c));
        assertEquals(0, slots.queued());
    }

    @Test
    void refuseModeRefusesTheRunOverCapacityWithAMessageNamingTheLimit() {
        RunSlots slots = new RunSlots(1, Overflow.REFUSE, Runnable::run);
        Probe a = new Probe(), b = new Probe();
        assertEquals(RunSlots.Outcome.GRANTED, slots.request(a));
        assertEquals(RunSlots.Outcome.REFUSED, slots.request(b));
        assertEquals(0, slots.position(b));
        assertTrue(slots.refusalMessage().contains("max-training-runs"), slots.refusalMessage());
        assertTrue(slots.refusalMessage().contains("1 training slot"), slots.refusalMessage());
        slots.release(a);
        assertEquals(RunSlots.Outcome.GRANTED, slots.request(b), "a freed slot can be taken");
    }

    @Test
    void zeroCapacityMeansNoLimit() {
        RunSlots slots = new RunSlots(0, Overflow.REFUSE, Runnable::run);
        for (int i = 0; i < 100; i++) {
            assertEquals(RunSlots.Outcome.GRANTED, slots.request(new Probe()));
        }
        assertEquals(100, slots.running());
        assertThrows(IllegalArgumentException.class, () -> new RunSlots(-1, Overflow.QUEUE));
    }
}

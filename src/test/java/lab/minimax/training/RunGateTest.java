package lab.minimax.training;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-session and per-client caps and the session lifetime at run creation. */
class RunGateTest {
    private static final long NOW = 1_700_000_000_000L;
    private final RunRegistry registry = new RunRegistry();

    private static RunLimits limits(int perSession, int perClient, Duration lifetime) {
        return new RunLimits(0, Overflow.QUEUE, perSession, perClient, 0, 0, Duration.ZERO, lifetime);
    }

    /** Admits a run for {@code owner}: the refusal, or null when a run was created and registered. */
    private RunGate.Refusal open(RunGate gate, RunOwner owner) {
        return gate.admit(owner, NOW, () -> {
            registry.register(new FakeRun(owner, NOW));
            return null;
        }, r -> r);
    }

    @Test
    void theRunOverTheSessionCapIsRefusedWithTheLimitNamedAndAnotherSessionIsNot() {
        RunGate gate = new RunGate(limits(4, 0, Duration.ZERO), registry);
        RunOwner s1 = new RunOwner("s1", "10.0.0.1", NOW);
        for (int i = 0; i < 4; i++) {
            assertNull(open(gate, s1), "run " + (i + 1) + " of 4");
        }
        RunGate.Refusal r = open(gate, s1);
        assertNotNull(r, "the fifth run of one session is refused");
        assertTrue(r.message().contains("max-runs-per-session = 4"), r.message());
        assertFalse(r.renewSession());
        assertEquals(4, registry.active(), "nothing was created for the refused run");
        assertNull(open(gate, new RunOwner("s2", "10.0.0.1", NOW)), "another session has its own cap");
        registry.stopAll("test");
        assertNull(open(gate, s1), "closing runs frees the session's places");
    }

    @Test
    void theRunOverTheBrowserCapIsRefusedAcrossItsSessionsWhileItsNeighboursBehindTheSameAddressGoOn() {
        RunGate gate = new RunGate(new RunLimits(0, Overflow.QUEUE, 0, 0, 0, 0, Duration.ZERO, Duration.ZERO, 2), registry);
        assertNull(open(gate, new RunOwner("s1", "192.0.2.7", NOW, "b1")));
        assertNull(open(gate, new RunOwner("s2", "192.0.2.7", NOW, "b1")), "a second session of the same browser");
        RunGate.Refusal r = open(gate, new RunOwner("s3", "192.0.2.7", NOW, "b1"));
        assertNotNull(r, "the browser's third run, in a third session, is over its cap of 2");
        assertTrue(r.message().contains("this browser already has 2 lab runs open"), r.message());
        assertNull(open(gate, new RunOwner("s4", "192.0.2.7", NOW, "b2")), "another browser behind the same NAT address");
        assertNull(open(gate, new RunOwner("s5", "192.0.2.7", NOW, "")), "a browser without the cookie is not capped by it");
    }

    @Test
    void theRunOverTheClientCapIsRefusedAcrossSessions() {
        RunGate gate = new RunGate(limits(0, 3, Duration.ZERO), registry);
        assertNull(open(gate, new RunOwner("a", "192.0.2.7", NOW)));
        assertNull(open(gate, new RunOwner("b", "192.0.2.7", NOW)));
        assertNull(open(gate, new RunOwner("c", "192.0.2.7", NOW)));
        RunGate.Refusal r = open(gate, new RunOwner("d", "192.0.2.7", NOW));
        assertNotNull(r);
        assertTrue(r.message().contains("max-runs-per-client = 3"), r.message());
        assertNull(open(gate, new RunOwner("e", "192.0.2.8", NOW)), "another address is not affected");
    }

    @Test
    void unknownOwnersAreNotCounted() {
        RunGate gate = new RunGate(limits(1, 1, Duration.ZERO), registry);
        for (int i = 0; i < 3; i++) {
            assertNull(open(gate, RunOwner.UNKNOWN));
        }
    }

    @Test
    void aSessionPastItsLifetimeGetsNoRunAndIsToldToRenew() {
        RunGate gate = new RunGate(limits(0, 0, Duration.ofHours(4)), registry);
        assertNull(open(gate, new RunOwner("young", "", NOW - Duration.ofHours(4).toMillis() + 1)));
        RunGate.Refusal r = open(gate, new RunOwner("old", "", NOW - Duration.ofHours(4).toMillis()));
        assertNotNull(r);
        assertTrue(r.renewSession());
        assertTrue(r.message().contains("4 h") && r.message().contains("max-session-lifetime"), r.message());
    }

    @Test
    void negativeLimitsAreRejectedNamingTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> limits(-1, 0, Duration.ZERO));
        assertTrue(e.getMessage().contains("max-runs-per-session"), e.getMessage());
    }
}

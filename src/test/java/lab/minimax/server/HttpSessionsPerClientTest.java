package lab.minimax.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.training.ClientAddress;

/** Live sessions per client address, and which address a request counts for. */
class HttpSessionsPerClientTest {
    /** A cap of {@code max} live sessions, a 50 s live window and a clock that stands still. */
    static HttpSessionsPerClient counting(int max) {
        return new HttpSessionsPerClient(max, 50_000, () -> 1_000_000L);
    }

    @Test
    void anAddressIsFullAtItsSessionCapAndAClosedSessionFreesAPlace() {
        HttpSessionsPerClient s = counting(2);
        s.seen("a", "10.0.0.1");
        s.seen("a", "10.0.0.1");
        assertFalse(s.full("10.0.0.1"), "the same session counts once");
        s.seen("b", "10.0.0.1");
        assertTrue(s.full("10.0.0.1"));
        assertFalse(s.full("10.0.0.2"));
        s.renamed("b", "b2");
        assertEquals(2, s.of("10.0.0.1"));
        s.closed("b2");
        assertFalse(s.full("10.0.0.1"));
        assertTrue(s.refusalMessage().contains("2 open lab windows") && !s.refusalMessage().contains("minimax."),
                s.refusalMessage());
        assertFalse(counting(0).full("x"), "0: no limit");
    }

    @Test
    void aWindowThatSaidGoodbyeOrMissedThreeHeartbeatsNoLongerCounts() {
        long[] now = {0};
        HttpSessionsPerClient s = new HttpSessionsPerClient(2, 50_000, () -> now[0]);
        s.seen("a", "10.0.0.1");
        s.seen("b", "10.0.0.1");
        assertTrue(s.full("10.0.0.1"));
        s.left("a");
        assertEquals(1, s.of("10.0.0.1"), "a's page-hide beacon frees its place at once");
        assertFalse(s.full("10.0.0.1"));
        now[0] = 2_999;
        s.seen("a", "10.0.0.1");
        assertEquals(1, s.of("10.0.0.1"), "the closing page's own last requests (within 3 s) do not bring it back");
        now[0] = 10_000;
        s.seen("a", "10.0.0.1");
        assertEquals(2, s.of("10.0.0.1"), "a request of the session (another tab's heartbeat) makes it live again");
        now[0] = 49_999;
        s.seen("a", "10.0.0.1");
        assertEquals(2, s.of("10.0.0.1"), "b's last request is 49.999 s old: still within the window");
        now[0] = 50_000;
        assertEquals(1, s.of("10.0.0.1"), "b went quiet for 50 s (three heartbeats): it no longer counts");
        s.left("nobody");
        assertEquals(1, s.of("10.0.0.1"), "a beacon of an unknown session changes nothing");
        assertThrows(IllegalArgumentException.class, () -> new HttpSessionsPerClient(1, 0, () -> 0L));
    }

    @Test
    void forwardedHeadersCountOnlyWhenTrustedAndThenTheProxysOwnEntry() {
        assertEquals("10.0.0.9", ClientAddress.resolve("10.0.0.9", "203.0.113.5", false));
        assertEquals("203.0.113.5", ClientAddress.resolve("10.0.0.9", "203.0.113.5", true));
        assertEquals("203.0.113.5", ClientAddress.resolve("10.0.0.9", "1.2.3.4, 203.0.113.5 ", true),
                "the right-most entry is the one the proxy appended; the left ones may be forged");
        assertEquals("2001:db8::1", ClientAddress.resolve("10.0.0.9", "2001:db8::1", true));
        assertEquals("10.0.0.9", ClientAddress.resolve("10.0.0.9", "<script>", true), "garbage is ignored");
        assertEquals("10.0.0.9", ClientAddress.resolve("10.0.0.9", " , ", true));
        assertEquals("10.0.0.9", ClientAddress.resolve("10.0.0.9", null, true));
    }
}

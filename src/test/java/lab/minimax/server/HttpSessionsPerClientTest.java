package lab.minimax.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.training.ClientAddress;

/** Sessions per client address, and which address a request counts for. */
class HttpSessionsPerClientTest {
    @Test
    void anAddressIsFullAtItsSessionCapAndAClosedSessionFreesAPlace() {
        HttpSessionsPerClient s = new HttpSessionsPerClient(2);
        s.opened("a", "10.0.0.1");
        s.opened("a", "10.0.0.1");
        assertFalse(s.full("10.0.0.1"), "the same session counts once");
        s.opened("b", "10.0.0.1");
        assertTrue(s.full("10.0.0.1"));
        assertFalse(s.full("10.0.0.2"));
        s.renamed("b", "b2");
        assertEquals(2, s.of("10.0.0.1"));
        s.closed("b2");
        assertFalse(s.full("10.0.0.1"));
        assertTrue(s.refusalMessage().contains("max-sessions-per-client"));
        assertFalse(new HttpSessionsPerClient(0).full("x"), "0: no limit");
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

package lab.minimax.server;

import lab.minimax.training.BrowserId;
import lab.minimax.training.ClientAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions per client over HTTP: counted, capped with a 429 and a message, forwarded headers only when trusted. */
class ClientSessionFilterTest {
    private static MockHttpServletResponse get(ClientSessionFilter f, String path, String peer, String xff,
                                               MockHttpSession session, boolean createsSession) throws Exception {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", path);
        req.setRemoteAddr(peer);
        if (xff != null) {
            req.addHeader("X-Forwarded-For", xff);
        }
        if (session != null) {
            req.setSession(session);
        }
        MockHttpServletResponse res = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                if (createsSession) {
                    ((MockHttpServletRequest) request).getSession(true);
                }
            }
        };
        f.doFilter(req, res, chain);
        return res;
    }

    @Test
    void aClientOverItsSessionCapGets429WithAMessageButKeepsItsSessionsAndStaticFiles() throws Exception {
        HttpSessionsPerClient sessions = HttpSessionsPerClientTest.counting(2);
        ClientSessionFilter f = new ClientSessionFilter(sessions, false);
        assertEquals(200, get(f, "/", "10.0.0.5", null, null, true).getStatus());
        assertEquals(200, get(f, "/", "10.0.0.5", null, null, true).getStatus());
        assertEquals(2, sessions.of("10.0.0.5"));
        MockHttpServletResponse refused = get(f, "/", "10.0.0.5", null, null, true);
        assertEquals(429, refused.getStatus());
        String page = refused.getContentAsString();
        assertTrue(page.contains("2 open lab windows"), page);
        assertTrue(refused.getContentType().startsWith("text/html"), refused.getContentType());
        assertTrue(page.contains("<title>Too many open windows · Minimax Lab</title>") && page.contains("Try again in 30 s")
                && page.contains("<a href=\"./\">"), page);
        assertEquals("30", refused.getHeader("Retry-After"));
        assertEquals(2, sessions.of("10.0.0.5"), "the refused request opened no session");
        MockHttpSession existing = new MockHttpSession();
        assertEquals(200, get(f, "/", "10.0.0.5", null, existing, false).getStatus(), "a client's own session still works");
        assertEquals(200, get(f, "/VAADIN/build/app.js", "10.0.0.5", null, null, false).getStatus());
        assertEquals(200, get(f, "/actuator/health", "10.0.0.5", null, null, false).getStatus());
        assertEquals(200, get(f, "/", "10.0.0.6", null, null, true).getStatus(), "another address is not affected");
    }

    @Test
    void aPageRequestGetsALongLivedBrowserCookieWhichTheSessionKeeps() throws Exception {
        ClientSessionFilter f = new ClientSessionFilter(HttpSessionsPerClientTest.counting(0), false);
        MockHttpSession s = new MockHttpSession();
        MockHttpServletResponse first = get(f, "/", "10.0.0.5", null, s, false);
        jakarta.servlet.http.Cookie c = first.getCookie(BrowserId.COOKIE);
        assertNotNull(c, "a browser without the cookie gets one");
        assertTrue(BrowserId.valid(c.getValue()) && c.getMaxAge() == BrowserId.MAX_AGE_SECONDS && c.isHttpOnly(),
                c.getValue() + " " + c.getMaxAge());
        assertEquals(c.getValue(), s.getAttribute(BrowserId.SESSION_ATTRIBUTE));

        MockHttpServletRequest again = new MockHttpServletRequest("GET", "/");
        again.setRemoteAddr("10.0.0.5");
        again.setCookies(new jakarta.servlet.http.Cookie(BrowserId.COOKIE, c.getValue()));
        MockHttpSession s2 = new MockHttpSession();
        again.setSession(s2);
        MockHttpServletResponse res = new MockHttpServletResponse();
        f.doFilter(again, res, new MockFilterChain());
        assertNull(res.getCookie(BrowserId.COOKIE), "a browser with a valid cookie keeps it");
        assertEquals(c.getValue(), s2.getAttribute(BrowserId.SESSION_ATTRIBUTE), "a new session of the same browser");

        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
        forged.setCookies(new jakarta.servlet.http.Cookie(BrowserId.COOKIE, "../../etc"));
        MockHttpServletResponse r3 = new MockHttpServletResponse();
        f.doFilter(forged, r3, new MockFilterChain());
        assertTrue(BrowserId.valid(r3.getCookie(BrowserId.COOKIE).getValue()), "a malformed id is replaced");
    }

    @Test
    void theReleaseBeaconIsNotASignOfLife() throws Exception {
        HttpSessionsPerClient sessions = HttpSessionsPerClientTest.counting(1);
        ClientSessionFilter f = new ClientSessionFilter(sessions, false);
        MockHttpSession s = new MockHttpSession();
        get(f, "/", "10.0.0.7", null, s, false);
        assertEquals(1, sessions.of("10.0.0.7"));
        sessions.left(s.getId());
        MockHttpServletRequest beacon = new MockHttpServletRequest("POST", ReleaseEndpoint.PATH);
        beacon.setRemoteAddr("10.0.0.7");
        beacon.setSession(s);
        f.doFilter(beacon, new MockHttpServletResponse(), new MockFilterChain());
        assertEquals(0, sessions.of("10.0.0.7"), "the goodbye itself does not make the session live again");
        assertEquals(200, get(f, "/", "10.0.0.7", null, null, true).getStatus(), "its place is free for a new window");
    }

    @Test
    void theForwardedAddressCountsOnlyWhenTrusted() throws Exception {
        HttpSessionsPerClient untrusting = HttpSessionsPerClientTest.counting(1);
        ClientSessionFilter f = new ClientSessionFilter(untrusting, false);
        MockHttpSession s = new MockHttpSession();
        get(f, "/", "127.0.0.1", "198.51.100.1", s, false);
        assertEquals("127.0.0.1", s.getAttribute(ClientAddress.SESSION_ATTRIBUTE));
        assertEquals(429, get(f, "/", "127.0.0.1", "198.51.100.2", null, true).getStatus(),
                "behind an untrusted proxy every client is the proxy");

        HttpSessionsPerClient trusting = HttpSessionsPerClientTest.counting(1);
        ClientSessionFilter t = new ClientSessionFilter(trusting, true);
        MockHttpSession s2 = new MockHttpSession();
        get(t, "/", "127.0.0.1", "198.51.100.1", s2, false);
        assertEquals("198.51.100.1", s2.getAttribute(ClientAddress.SESSION_ATTRIBUTE));
        assertEquals(200, get(t, "/", "127.0.0.1", "198.51.100.2", null, true).getStatus());
        assertEquals(429, get(t, "/", "127.0.0.1", "9.9.9.9, 198.51.100.2", null, true).getStatus(),
                "a forged left-hand entry does not make a new client");
        assertNull(new MockHttpSession().getAttribute(ClientAddress.SESSION_ATTRIBUTE));
        assertNotNull(s2.getId());
    }

    /**
     * Embedding by another site's course page (a cross-site iframe): the browser cookie must be
     * sent there, so it is {@code SameSite=None; Secure; Partitioned} (Secure even over plain HTTP
     * behind a TLS proxy: browsers drop {@code SameSite=None} without it); without embedding it stays Lax.
     */
    @Test
    void theBrowserCookieIsCrossSiteOnlyWhenOtherSitesMayFrameTheLab() throws Exception {
        ClientSessionFilter embedded = new ClientSessionFilter(HttpSessionsPerClientTest.counting(0), false, true);
        MockHttpServletResponse r = get(embedded, "/", "10.0.0.5", null, new MockHttpSession(), false);
        String set = r.getHeader("Set-Cookie");
        assertNotNull(set, "a page request gets the cookie");
        assertTrue(set.matches(BrowserId.COOKIE + "=[0-9a-f]{32};.*"), set);
        for (String attribute : new String[] {"Path=/", "Max-Age=" + BrowserId.MAX_AGE_SECONDS, "Secure", "HttpOnly",
                "SameSite=None", "Partitioned"}) {
            assertTrue(java.util.Arrays.asList(set.split(";\\s*")).contains(attribute), attribute + " in " + set);
        }
        ClientSessionFilter plain = new ClientSessionFilter(HttpSessionsPerClientTest.counting(0), false, false);
        jakarta.servlet.http.Cookie lax = get(plain, "/", "10.0.0.5", null, new MockHttpSession(), false).getCookie(BrowserId.COOKIE);
        assertEquals("Lax", lax.getAttribute("SameSite"));
        assertTrue(lax.getAttribute("Partitioned") == null && !lax.getSecure(), "a first-party cookie over plain HTTP");
        assertTrue(EmbedHeaders.crossSite("'self' https://course.example.org"));
        assertTrue(EmbedHeaders.crossSite("*"));
        assertTrue(!EmbedHeaders.crossSite("'self'") && !EmbedHeaders.crossSite("'none'") && !EmbedHeaders.crossSite(" "),
                "only the lab's own pages: a first-party cookie");
    }
}

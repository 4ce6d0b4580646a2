package lab.minimax.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lab.minimax.training.RunRegistry;

/**
 * Target of every page's {@code pagehide} beacon ({@code navigator.sendBeacon}): releases the run
 * under the token at once (a lab page's; 128 random bits known only to that page), so a closed tab
 * frees its share of the CPU within a second rather than after missed heartbeats, and stops
 * counting the page's HTTP session as live ({@link HttpSessionsPerClient#left}) until its next
 * request, so the window's place in its address's session cap is free within seconds too.
 */
@RestController
public class ReleaseEndpoint {
    /** Path of the beacon. */
    public static final String PATH = "/lab-release";

    private final RunRegistry registry;
    private final HttpSessionsPerClient sessions;

    public ReleaseEndpoint(RunRegistry registry, HttpSessionsPerClient sessions) {
        this.registry = registry;
        this.sessions = sessions;
    }

    @PostMapping(PATH)
    public ResponseEntity<Void> release(@RequestParam(name = "token", required = false) String token,
                                        HttpServletRequest request) {
        if (token != null && !token.isEmpty()) {
            registry.release(token);
        }
        HttpSession s = request.getSession(false);
        if (s != null) {
            sessions.left(s.getId());
        }
        return ResponseEntity.noContent().build();
    }
}

package lab.minimax.server;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import lab.minimax.training.RunRegistry;

/**
 * Target of the lab page's {@code pagehide} beacon ({@code navigator.sendBeacon}): releases the
 * run under the token at once, so a closed tab frees its share of the CPU within a second rather
 * than after missed heartbeats. The token is 128 random bits known only to that page.
 */
@RestController
public class ReleaseEndpoint {
    /** Path of the beacon. */
    public static final String PATH = "/lab-release";

    private final RunRegistry registry;

    public ReleaseEndpoint(RunRegistry registry) {
        this.registry = registry;
    }

    @PostMapping(PATH)
    public ResponseEntity<Void> release(@RequestParam("token") String token) {
        registry.release(token);
        return ResponseEntity.noContent().build();
    }
}

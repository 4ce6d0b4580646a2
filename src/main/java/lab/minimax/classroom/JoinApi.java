package lab.minimax.classroom;

import java.util.Map;
import lab.minimax.training.BrowserId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Joining a class over HTTP, for scripts and the load harness beside the join page:
 * {@code POST /api/join/{code}} with {@code {"name": "pseudonym"}} as {@code application/json}
 * from a browser with its {@code mm-browser} cookie: 200 and the class's name, 400 with the reason
 * (a wrong code, a bad name, a locked browser: the join page's messages and rate limits, the same
 * service). JSON only, which a cross-site form cannot send: no CSRF token needed.
 */
@RestController
public class JoinApi {
    public static final String PATH = "/api/join/{code}";
    private final Classroom classroom;

    public JoinApi(Classroom classroom) {
        this.classroom = classroom;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> join(@PathVariable("code") String code,
                                                    @CookieValue(name = BrowserId.COOKIE, required = false) String browser,
                                                    @RequestBody(required = false) Map<String, Object> body) {
        if (!BrowserId.valid(browser)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("error", "browser: no mm-browser cookie; open the lab once first"));
        }
        Object name = body == null ? null : body.get("name");
        if (!(name instanceof String n)) {
            return ResponseEntity.badRequest().body(Map.of("error", "name: a display name (a string) is required"));
        }
        JoinService.Outcome o = classroom.joins().join(code, browser, n);
        if (!o.joined()) {
            return ResponseEntity.badRequest().body(Map.of("error", o.message()));
        }
        return ResponseEntity.ok(Map.of("class", o.joinedClass().name(), "message", o.message()));
    }
}

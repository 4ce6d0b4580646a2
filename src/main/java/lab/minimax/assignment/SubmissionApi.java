package lab.minimax.assignment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import lab.minimax.training.BrowserId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The submissions over HTTP, for tools and scripts beside the lab's Submit button (which goes
 * through {@link Submissions} directly):
 * <ul>
 *   <li>{@code POST /api/assignments/{id}/submissions} with the claim as JSON, from a member's
 *   browser (its {@code mm-browser} cookie): 202 and the submission's id; 400 naming the field;
 *   404 for an assignment this browser is not in. Only {@code application/json} is taken, which a
 *   cross-site form cannot send without a CORS preflight this server never allows: that, not a CSRF
 *   token, protects it.</li>
 *   <li>{@code GET /api/assignments/{id}/submissions/{sid}}: its status, reason and measured metrics.</li>
 *   <li>{@code GET /api/assignments/{id}}: the assignment (config, budget, criteria, dates), for members.</li>
 *   <li>{@code GET /assignment/{id}/results.csv}: the board for the gradebook, the class's instructor
 *   only (others get 404).</li>
 * </ul>
 */
@RestController
public class SubmissionApi {
    public static final String SUBMIT_PATH = "/api/assignments/{id}/submissions";
    private final Submissions submissions;
    private final Boards boards;
    private final Assignments assignments;

    public SubmissionApi(Submissions submissions, Boards boards, Assignments assignments) {
        this.submissions = submissions;
        this.boards = boards;
        this.assignments = assignments;
    }

    @PostMapping(path = SUBMIT_PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> submit(@PathVariable("id") String id,
                                                      @RequestParam(name = "run", required = false) String run,
                                                      @CookieValue(name = BrowserId.COOKIE, required = false) String browser,
                                                      @RequestBody(required = false) String body) {
        if (!BrowserId.valid(browser)) {
            return error(HttpStatus.FORBIDDEN, "browser: no mm-browser cookie; open the class's join link first");
        }
        try {
            Submission s = submissions.submit(browser, id, run, body);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(json(s));
        } catch (NoSuchElementException e) {
            return error(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    /** The assignment as its class's members read it (what a script needs to train a claim). */
    @GetMapping(path = "/api/assignments/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> assignment(@PathVariable("id") String id,
                                                          @CookieValue(name = BrowserId.COOKIE, required = false) String browser) {
        try {
            Assignment a = assignments.forMember(BrowserId.valid(browser) ? browser : "", id);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("title", a.title());
            m.put("preset", a.preset());
            m.put("configJson", a.configJson());
            m.put("locked", a.locked());
            m.put("stepBudget", a.stepBudget());
            m.put("criteria", a.criteria());
            m.put("opensAt", a.opensAt().toString());
            m.put("dueAt", a.dueAt().toString());
            return ResponseEntity.ok(m);
        } catch (NoSuchElementException e) {
            return error(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @GetMapping(path = SUBMIT_PATH + "/{sid}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> status(@PathVariable("id") String id, @PathVariable("sid") String sid,
                                                      @CookieValue(name = BrowserId.COOKIE, required = false) String browser) {
        try {
            return ResponseEntity.ok(json(submissions.mine(BrowserId.valid(browser) ? browser : "", id, sid)));
        } catch (NoSuchElementException e) {
            return error(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @GetMapping(path = "/assignment/{id}/results.csv")
    public ResponseEntity<String> csv(@PathVariable("id") String id) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean instructor = auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals("ROLE_INSTRUCTOR"));
        try {
            if (!instructor) {
                throw new NoSuchElementException("no such assignment");
            }
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"results-" + id + ".csv\"")
                    .body(boards.csv(auth.getName(), id));
        } catch (NoSuchElementException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
        }
    }

    private static Map<String, Object> json(Submission s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("status", s.status().name());
        m.put("step", s.step());
        m.put("reason", s.reason());
        m.put("metrics", s.metrics());
        m.put("replayMillis", s.replayMillis());
        return m;
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}

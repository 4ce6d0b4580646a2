package lab.minimax.assignment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import lab.minimax.classroom.Classroom;
import lab.minimax.classroom.SchoolClass;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classroom's HTTP endpoints on a real server: joining and submitting take JSON only (a form
 * post, which a cross-site page could send, gets 415 and changes nothing), need the browser
 * cookie, answer a non-member "not found", name the bad field with 400, and a student's browser gets
 * no instructor CSV.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SubmissionApiIT {
    static final String ANN = "0123456789abcdef0123456789abcdef";
    static final String STRANGER = "f123456789abcdef0123456789abcdef";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry props) {
        lab.minimax.store.TestH2.ownDatabase(props, "submission-api");
    }

    @LocalServerPort
    int port;
    @Autowired
    Classroom classroom;
    @Autowired
    Assignments assignments;
    @Autowired
    Submissions submissions;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> send(String method, String path, String browser, String type, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (browser != null) {
            b.header("Cookie", "mm-browser=" + browser);
        }
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void joinAndSubmitTakeJsonFromAMembersBrowserOnly() throws Exception {
        SchoolClass c = classroom.classes().create("alice", "GANs 101");
        String join = "/api/join/" + c.joinCode();
        assertEquals(415, send("POST", join, ANN, "application/x-www-form-urlencoded", "name=Ann").statusCode(),
                "a form post (what a cross-site page can send) is not taken");
        assertEquals(403, send("POST", join, null, "application/json", "{\"name\":\"Ann\"}").statusCode(), "no cookie");
        HttpResponse<String> noName = send("POST", join, ANN, "application/json", "{\"nom\":\"Ann\"}");
        assertEquals(400, noName.statusCode());
        assertTrue(noName.body().contains("name:"), noName.body());
        HttpResponse<String> wrong = send("POST", "/api/join/ZZZZZZ", ANN, "application/json", "{\"name\":\"Ann\"}");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("No class takes joins with this code"), wrong.body());
        HttpResponse<String> ok = send("POST", join, ANN, "application/json", "{\"name\":\"Ann\"}");
        assertEquals(200, ok.statusCode(), ok.body());

        Assignment a = assignments.create("alice", c.id(), new NewAssignment("Ring", "ring8-gan", Set.of("target"), 100,
                "modesCovered>=1", Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)), false));
        String path = "/api/assignments/" + a.id() + "/submissions";
        assertEquals(200, send("GET", "/api/assignments/" + a.id(), ANN, null, null).statusCode());
        assertEquals(404, send("GET", "/api/assignments/" + a.id(), STRANGER, null, null).statusCode(), "not a member");
        assertEquals(415, send("POST", path, ANN, "application/x-www-form-urlencoded", "claim=x").statusCode());
        assertEquals(415, send("POST", path, ANN, "text/plain", "{}").statusCode());
        HttpResponse<String> stranger = send("POST", path, STRANGER, "application/json", "{}");
        assertEquals(404, stranger.statusCode(), stranger.body());
        HttpResponse<String> bad = send("POST", path, ANN, "application/json", "{\"step\": \"many\"}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("step") || bad.body().contains("configJson"), bad.body());
        assertTrue(submissions.mine(ANN, a.id()).isEmpty(), "nothing was stored");
        assertEquals(404, send("GET", "/assignment/" + a.id() + "/results.csv", ANN, null, null).statusCode(),
                "a student's browser gets no CSV");
    }
}

package lab.minimax.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import lab.minimax.experiment.Engine;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.experiment.config.ParseResult;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.grading.Claim;
import lab.minimax.grading.Grader;
import lab.minimax.training.BrowserId;

/**
 * Submissions arriving at once, beside the lab sessions of {@link LoadHarness}: K browsers join a
 * class over HTTP ({@code POST /api/join/CODE}), read the assignment ({@code GET
 * /api/assignments/ID}) and, when told, all submit at the same moment a claim the harness trained
 * itself headless to the assignment's budget (the same claim for each: every one is replayed by
 * the server on its own). Then it polls each verdict and reports when the last was decided and
 * the server's replay times.
 */
final class SubmissionLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final URI base;
    private final String code;
    private final String assignment;
    private final int count;
    private final PrintStream out;
    private final List<String> browsers = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private String claimJson;
    private long firedAt;
    private double[] decidedAt;
    private String[] status;
    private long[] replayMillis;

    SubmissionLoad(HttpClient http, URI base, String code, String assignment, int count, PrintStream out) {
        this.http = http;
        this.base = base;
        this.code = code;
        this.assignment = assignment;
        this.count = count;
        this.out = out;
    }

    /** Joins K browsers and trains the claim (before the lab sessions open). */
    void prepare() throws IOException, InterruptedException {
        for (int i = 0; i < count; i++) {
            String b = BrowserId.fresh();
            HttpResponse<String> r = send(b, "POST", "api/join/" + code, "{\"name\":\"load-" + (i + 1) + "\"}");
            if (r.statusCode() != 200) {
                throw new IOException("join " + code + ": HTTP " + r.statusCode() + " " + r.body());
            }
            browsers.add(b);
        }
        HttpResponse<String> a = send(browsers.get(0), "GET", "api/assignments/" + assignment, null);
        if (a.statusCode() != 200) {
            throw new IOException("assignment " + assignment + ": HTTP " + a.statusCode() + " " + a.body());
        }
        String configJson = (field(a.body(), "configJson"));
        long budget = Long.parseLong(field(a.body(), "stepBudget"));
        ParseResult p = ConfigJson.parse(configJson, Limits.DEFAULTS);
        if (p.config() == null) {
            throw new IOException("the assignment's config does not parse: " + p.errors());
        }
        long t0 = System.nanoTime();
        ExperimentConfig c = p.config();
        Trainer t = TrainerFactory.create(c);
        for (long i = 0; i < budget; i++) {
            t.step();
        }
        claimJson = new Claim(configJson, budget, Integer.toString(Engine.VERSION), List.of(), Grader.digest(t)).toJson();
        out.printf("submissions: %d browsers joined %s; the claim (%,d steps) trained headless in %.1f s%n", count, code,
                budget, (System.nanoTime() - t0) / 1e9);
    }

    /** Every browser submits now. */
    void fire() throws IOException, InterruptedException {
        firedAt = System.nanoTime();
        for (String b : browsers) {
            HttpResponse<String> r = send(b, "POST", "api/assignments/" + assignment + "/submissions", claimJson);
            if (r.statusCode() != 202) {
                throw new IOException("submit: HTTP " + r.statusCode() + " " + r.body());
            }
            ids.add((field(r.body(), "id")));
        }
        decidedAt = new double[count];
        Arrays.fill(decidedAt, Double.NaN);
        status = new String[count];
        replayMillis = new long[count];
    }

    /** Polls the verdicts not yet decided; true when every one is. */
    boolean poll() throws IOException, InterruptedException {
        boolean all = true;
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(decidedAt[i])) {
                continue;
            }
            HttpResponse<String> r = send(browsers.get(i), "GET",
                    "api/assignments/" + assignment + "/submissions/" + ids.get(i), null);
            String s = r.statusCode() == 200 ? (field(r.body(), "status")) : "HTTP " + r.statusCode();
            status[i] = s;
            if (s.equals("PASSED") || s.equals("FAILED") || s.equals("REFUSED")) {
                decidedAt[i] = (System.nanoTime() - firedAt) / 1e9;
                String ms = field(r.body(), "replayMillis");
                replayMillis[i] = ms == null ? -1 : Long.parseLong(ms);
            } else {
                all = false;
            }
        }
        return all;
    }

    /** The report's lines. */
    void report() {
        int decided = 0;
        double last = 0;
        List<Long> replays = new ArrayList<>();
        java.util.Map<String, Integer> byStatus = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            byStatus.merge(status[i] == null ? "?" : status[i], 1, Integer::sum);
            if (!Double.isNaN(decidedAt[i])) {
                decided++;
                last = Math.max(last, decidedAt[i]);
                replays.add(replayMillis[i]);
            }
        }
        replays.sort(null);
        out.printf("submissions: %d of %d decided %s, the last %.1f s after they arrived at once%n", decided, count,
                byStatus, last);
        if (!replays.isEmpty()) {
            out.printf("submissions: the server's replay + evaluation per submission min / median / max %,d / %,d / %,d ms%n",
                    replays.get(0), replays.get(replays.size() / 2), replays.get(replays.size() - 1));
        }
    }

    private HttpResponse<String> send(String browser, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Cookie", BrowserId.COOKIE + "=" + browser);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A top-level field of a JSON object as text, or null when it is absent or the body is no JSON object. */
    static String field(String json, String name) {
        try {
            JsonNode v = JSON.readTree(json).get(name);
            return v == null || v.isNull() ? null : v.asText();
        } catch (IOException notJson) {
            return null;
        }
    }
}

package lab.minimax.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged lab ({@code target/minimax-lab.jar}, built by {@code package} before the
 * integration tests) as a process of its own on 127.0.0.1, as an operator runs it: so that it can
 * be stopped with SIGTERM ({@link #terminate}) or killed with SIGKILL ({@link #kill}) and started
 * again on the same data directory. Its output goes to {@code log}; an admin password lets the test
 * read its Prometheus meters.
 */
final class LabProcess implements AutoCloseable {
    static final String ADMIN_PASSWORD = "durable-test";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private final Process process;
    final int port;
    final Path log;

    private LabProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** A free port on 127.0.0.1 now. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts the jar on {@code port} and waits until it is ready; {@code args} are extra Spring properties. */
    static LabProcess start(int port, Path dataDir, Path log, List<String> args) throws Exception {
        Path jar = Path.of(System.getProperty("minimax.jar", "target/minimax-lab.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("no packaged lab at " + jar.toAbsolutePath() + ": run `package` first");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-Xmx1g", "-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port, "--minimax.data-dir=" + dataDir,
                "--minimax.admin.password={noop}" + ADMIN_PASSWORD));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        LabProcess lab = new LabProcess(p, port, log);
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                throw new AssertionError("the lab exited with " + p.exitValue() + " at start; its log: " + tail(log));
            }
            try {
                if (lab.get("/actuator/health/readiness").statusCode() == 200) {
                    return lab;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        lab.kill();
        throw new AssertionError("the lab was not ready within " + START_TIMEOUT + "; its log: " + tail(log));
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes()))
                .GET().build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** A Prometheus sample of the running lab ({@code name} with its labels, e.g. {@code minimax_checkpoint_writes_total}). */
    double meter(String name) throws IOException, InterruptedException {
        String body = get("/actuator/prometheus").body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? ([0-9.eE+-]+|NaN)$").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no meter " + name + " in /actuator/prometheus");
        }
        return Double.parseDouble(m.group(1));
    }

    /** SIGTERM, and waits for the graceful shutdown to end; its exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("SIGTERM did not stop the lab within 60 s; its log: " + tail(log));
        }
        return process.exitValue();
    }

    /** SIGKILL: nothing runs after it (no shutdown hook, no last checkpoint). */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}

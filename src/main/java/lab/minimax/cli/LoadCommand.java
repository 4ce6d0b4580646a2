package lab.minimax.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import lab.minimax.load.LoadHarness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code load}: opens N lab sessions against a running server (clients that speak Vaadin's
 * protocol and draw nothing), trains in M of them and prints per-session steps/s and frames/s,
 * latencies, server heap per idle session and server CPU. Stops by itself.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load a running lab server with N non-rendering sessions, M of them training, and report.")
public final class LoadCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080/",
            description = "the lab's root URL (default ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--sessions", paramLabel = "N", defaultValue = "10", description = "sessions to open, in [1, 1000] (default ${DEFAULT-VALUE})")
    int sessions;

    @Option(names = "--training", paramLabel = "M", defaultValue = "3", description = "sessions that train, in [0, N] (default ${DEFAULT-VALUE})")
    int training;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "measured seconds, in [1, 3600] (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "10",
            description = "seconds of training before measuring, in [0, 600] (default ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--pid", paramLabel = "PID",
            description = "the server's process id (same user, local): heap per idle session via jcmd, server CPU via /proc")
    Long pid;

    @Option(names = "--submissions", paramLabel = "K", defaultValue = "0",
            description = "browsers that join --join-code and submit to --assignment all at once when the measurement"
                    + " starts, in [0, 1000] (default ${DEFAULT-VALUE}); the measurement then ends when all are verified")
    int submissions;

    @Option(names = "--join-code", paramLabel = "CODE", description = "the class's join code (with --submissions)")
    String joinCode;

    @Option(names = "--assignment", paramLabel = "ID", description = "the assignment's id (with --submissions)")
    String assignment;

    @Override
    public Integer call() throws Exception {
        String bad = sessions < 1 || sessions > 1000 ? "--sessions must be in [1, 1000], got " + sessions
                : training < 0 || training > sessions ? "--training must be in [0, --sessions], got " + training
                : !(seconds >= 1 && seconds <= 3600) ? "--seconds must be in [1, 3600], got " + seconds
                : !(warmup >= 0 && warmup <= 600) ? "--warmup must be in [0, 600], got " + warmup
                : submissions < 0 || submissions > 1000 ? "--submissions must be in [0, 1000], got " + submissions
                : submissions > 0 && (joinCode == null || assignment == null)
                ? "--submissions needs --join-code and --assignment"
                : !url.startsWith("http://") && !url.startsWith("https://") ? "--url must be an http(s) URL, got " + url
                : null;
        if (bad != null) {
            System.err.println("load: " + bad);
            return 2;
        }
        URI base = URI.create(url.endsWith("/") ? url : url + "/");
        try {
            LoadHarness h = new LoadHarness(base, sessions, training, seconds, warmup, pid, System.out);
            if (submissions > 0) {
                h.withSubmissions(joinCode, assignment, submissions);
            }
            return h.run();
        } catch (java.io.IOException e) {
            System.err.println("load: " + e.getMessage());
            return 1;
        }
    }
}

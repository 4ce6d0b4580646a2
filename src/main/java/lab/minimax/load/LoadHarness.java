package lab.minimax.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Opens N lab sessions against a running server, presses Play in M of them, measures for a fixed
 * time and prints per-session steps/s and frames/s, bytes per frame, latencies, the harness's own
 * CPU, server heap per idle session and server CPU (the last two when the server's process id is
 * given). Stops by itself and releases
 * every run it started.
 */
public final class LoadHarness {
    /** Sessions opened at once while connecting. */
    private static final int CONNECT_PARALLEL = 8;

    private final URI base;
    private final int sessions;
    private final int training;
    private final double seconds;
    private final double warmup;
    private final Long pid;
    private final PrintStream out;

    /**
     * @param base     the lab's root URL (http://127.0.0.1:PORT/)
     * @param sessions N ≥ 1 sessions to open
     * @param training M ≤ N sessions that train
     * @param seconds  measured seconds
     * @param warmup   seconds of training before the measurement starts
     * @param pid      the server's process id for heap and CPU, or null
     */
    public LoadHarness(URI base, int sessions, int training, double seconds, double warmup, Long pid, PrintStream out) {
        this.base = base;
        this.sessions = sessions;
        this.training = training;
        this.seconds = seconds;
        this.warmup = warmup;
        this.pid = pid;
        this.out = out;
    }

    private String joinCode;
    private String assignment;
    private int submissions;

    /**
     * Also K submissions to an assignment, all at once when the measurement starts ({@link SubmissionLoad});
     * the measurement then lasts until every one is verified (at most the measured seconds).
     */
    public LoadHarness withSubmissions(String code, String assignmentId, int count) {
        this.joinCode = code;
        this.assignment = assignmentId;
        this.submissions = count;
        return this;
    }

    /** Runs the load and prints the report; returns 0, or 1 when a session failed. */
    public int run() throws IOException, InterruptedException {
        ServerProbe probe = pid == null ? null : new ServerProbe(pid);
        ExecutorService io = Executors.newFixedThreadPool(16, daemon("load-io"));
        ExecutorService acks = Executors.newFixedThreadPool(16, daemon("load-ack"));
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(daemon("load-heartbeat"));
        HttpClient http = HttpClient.newBuilder().executor(io).connectTimeout(Duration.ofSeconds(30)).build();
        List<LabClient> clients = new ArrayList<>();
        // every open page beats from the moment it is open (a page missing three beats is detached)
        List<LabClient> beating = new java.util.concurrent.CopyOnWriteArrayList<>();
        beats.scheduleWithFixedDelay(() -> beating.forEach(c -> {
            try {
                c.heartbeat();
            } catch (IOException | InterruptedException e) {
                // the next beat retries
            }
        }), 5, 5, TimeUnit.SECONDS);
        SubmissionLoad subs = submissions > 0
                ? new SubmissionLoad(http, base, joinCode, assignment, submissions, out) : null;
        try {
            if (subs != null) {
                subs.prepare();
            }
            Long heap0 = probe == null ? null : probe.heapUsedAfterGc();
            long t0 = System.nanoTime();
            ExecutorService connect = Executors.newFixedThreadPool(CONNECT_PARALLEL, daemon("load-connect"));
            List<Future<LabClient>> opened = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                opened.add(connect.submit(() -> {
                    LabClient c = new LabClient(http, base, acks);
                    c.open();
                    beating.add(c);
                    return c;
                }));
            }
            for (Future<LabClient> f : opened) {
                try {
                    clients.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("a session failed to open: " + e.getCause(), e.getCause());
                }
            }
            connect.shutdown();
            out.printf("opened %d sessions in %.1f s%n", clients.size(), (System.nanoTime() - t0) / 1e9);
            Long heapN = null;
            if (probe != null) {
                Thread.sleep(1000);
                heapN = probe.heapUsedAfterGc();
            }
            for (int i = 0; i < training; i++) {
                clients.get(i).play();
            }
            Thread.sleep((long) (warmup * 1000));
            double cpu0 = probe == null ? 0 : probe.cpuSeconds();
            double own0 = ownCpuSeconds();
            clients.forEach(LabClient::startMeasuring);
            long m0 = System.nanoTime();
            if (subs == null) {
                Thread.sleep((long) (seconds * 1000));
            } else {
                subs.fire();
                while (!subs.poll() && System.nanoTime() - m0 < (long) (seconds * 1e9)) {
                    Thread.sleep(2000);
                }
            }
            double wall = (System.nanoTime() - m0) / 1e9;
            List<ClientStats> stats = new ArrayList<>();
            clients.forEach(c -> stats.add(c.stopMeasuring(wall)));
            Double cpu = probe == null ? null : (probe.cpuSeconds() - cpu0) / wall;
            double own = (ownCpuSeconds() - own0) / wall;
            if (subs != null) {
                subs.report();
            }
            return LoadReport.print(out, sessions, training, wall, stats, heap0, heapN, cpu, own);
        } finally {
            beats.shutdownNow();
            clients.forEach(LabClient::close);
            acks.shutdownNow();
            io.shutdownNow();
        }
    }

    /** CPU seconds this JVM (the harness) has used so far. */
    private static double ownCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}

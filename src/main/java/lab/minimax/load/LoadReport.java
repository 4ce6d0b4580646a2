package lab.minimax.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Prints the load harness's figures: min / median / max per training and idle session, latencies, heap, CPU. */
final class LoadReport {
    private LoadReport() {
    }

    /** Returns 1 when a session reported a failure, else 0. */
    static int print(PrintStream out, int sessions, int training, double wall, List<ClientStats> stats,
                     Long heap0, Long heapN, Double cpu, double harnessCpu) {
        List<ClientStats> train = stats.subList(0, training);
        List<ClientStats> idle = stats.subList(training, stats.size());
        out.printf(Locale.ROOT, "sessions=%d training=%d measured=%.1f s%n", sessions, training, wall);
        if (!train.isEmpty()) {
            List<Double> steps = new ArrayList<>(), frames = new ArrayList<>(), gaps = new ArrayList<>(), rtt = new ArrayList<>();
            for (ClientStats s : train) {
                steps.add(s.stepsPerS());
                frames.add(s.framesPerS());
                gaps.addAll(s.frameGapsMs());
                rtt.addAll(s.ackRttMs());
            }
            out.println("training steps/s  " + mmm(steps));
            out.println("training frames/s " + mmm(frames) + "  (whole frames: a new step and every layer)");
            List<Double> received = new ArrayList<>();
            train.forEach(s -> received.add(s.receivedPerS()));
            out.println("frame calls received/s " + mmm(received));
            out.println(bytes(train));
            double max = Collections.max(steps);
            out.printf(Locale.ROOT, "fairness (min/max steps/s) %.2f%n", max > 0 ? Collections.min(steps) / max : 0);
            out.println("push: ack -> next frame ms " + pct(gaps) + "  (from sending the ack, so including its round trip)");
            out.println("ack request round trip ms  " + pct(rtt));
        }
        if (!idle.isEmpty()) {
            List<Double> frames = new ArrayList<>();
            idle.forEach(s -> frames.add(s.framesPerS()));
            out.println("idle frames/s     " + mmm(frames));
        }
        if (heap0 != null && heapN != null) {
            out.printf(Locale.ROOT, "server heap after GC: %.1f MB before, %.1f MB with %d idle sessions: %.2f MB per idle session%n",
                    heap0 / 1e6, heapN / 1e6, sessions, (heapN - heap0) / 1e6 / sessions);
        } else {
            out.println("server heap / CPU: not measured (pass --pid of the server)");
        }
        double allFrames = 0;
        for (ClientStats s : stats) {
            allFrames += s.framesPerS();
        }
        if (cpu != null) {
            out.printf(Locale.ROOT, "server CPU %.2f cores%s%n", cpu, perFrame(cpu, allFrames));
        }
        out.printf(Locale.ROOT, "harness CPU %.2f cores%s%n", harnessCpu, perFrame(harnessCpu, allFrames));
        int failed = 0;
        for (int i = 0; i < stats.size(); i++) {
            if (stats.get(i).failure() != null) {
                failed++;
                if (failed <= 5) {
                    out.println("session " + i + " failed: " + stats.get(i).failure());
                }
            }
        }
        if (failed > 0) {
            out.println(failed + " sessions reported failures");
        }
        return failed > 0 ? 1 : 0;
    }

    /** "bytes per frame: mean … max … (n frames); UIDL message mean … max …" over the sessions' frames. */
    static String bytes(List<ClientStats> stats) {
        long n = 0, sum = 0, max = 0, msgSum = 0, msgMax = 0, wireSum = 0, wireMax = 0;
        for (ClientStats s : stats) {
            ClientStats.Bytes b = s.bytes();
            n += b.frames();
            sum += b.frameSum();
            max = Math.max(max, b.frameMax());
            msgSum += b.messageSum();
            msgMax = Math.max(msgMax, b.messageMax());
            wireSum += b.wireSum();
            wireMax = Math.max(wireMax, b.wireMax());
        }
        if (n == 0) {
            return "bytes per frame: n/a (no frames)";
        }
        return String.format(Locale.ROOT, "bytes per frame (setFrame payload): mean %.0f max %d (n=%d); "
                + "UIDL message carrying it: mean %.0f max %d; on the wire (gzip response / permessage-deflate push): "
                + "mean %.0f max %d", (double) sum / n, max, n, (double) msgSum / n, msgMax, (double) wireSum / n, wireMax);
    }

    /** ", x ms per whole frame" for {@code cores} of CPU over {@code framesPerS} frames/s in all. */
    private static String perFrame(double cores, double framesPerS) {
        return framesPerS > 0 ? String.format(Locale.ROOT, " (%.3f ms per whole frame at %.0f frames/s in all)",
                1000 * cores / framesPerS, framesPerS) : "";
    }

    /** "min=… median=… max=…". */
    static String mmm(List<Double> v) {
        if (v.isEmpty()) {
            return "n/a";
        }
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return String.format(Locale.ROOT, "min=%.1f median=%.1f max=%.1f", s.get(0), median(s), s.get(s.size() - 1));
    }

    /** "median=… p95=… max=… (n=…)". */
    static String pct(List<Double> v) {
        if (v.isEmpty()) {
            return "n/a";
        }
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return String.format(Locale.ROOT, "median=%.1f p95=%.1f max=%.1f (n=%d)", median(s),
                s.get((int) Math.min(s.size() - 1, Math.round(0.95 * (s.size() - 1)))), s.get(s.size() - 1), s.size());
    }

    /** Median of a sorted list. */
    static double median(List<Double> s) {
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}

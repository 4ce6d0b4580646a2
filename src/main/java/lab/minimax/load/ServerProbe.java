package lab.minimax.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a local server JVM by its process id: heap in use after a full collection
 * ({@code jcmd PID GC.run}, then {@code GC.heap_info}) and the CPU time the process has used
 * ({@code /proc/PID/stat}). jcmd must belong to a JDK and run as the server's user.
 */
final class ServerProbe {
    private static final Pattern USED = Pattern.compile("total\\s+(\\d+)K,\\s+used\\s+(\\d+)K");
    /** Linux's USER_HZ. */
    private static final double TICKS_PER_SECOND = 100.0;
    private final long pid;

    ServerProbe(long pid) {
        this.pid = pid;
    }

    /** Heap bytes in use after a full GC. */
    long heapUsedAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IOException("cannot read the heap from jcmd " + pid + " GC.heap_info: " + info.strip());
        }
        return Long.parseLong(m.group(2)) * 1024;
    }

    /** CPU seconds (user + system) the server has used so far. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
        // fields after the command name "(…)": state is field 3, utime 14, stime 15
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed: " + out.strip());
        }
        return out;
    }
}

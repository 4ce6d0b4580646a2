package lab.minimax.admin;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import com.sun.management.OperatingSystemMXBean;

/**
 * One reading of the server's load for the admin view.
 *
 * @param processCpu  this JVM's share of all cores, 0–1 (negative when the JVM cannot tell)
 * @param systemCpu   the whole machine's CPU load, 0–1 (negative when unknown)
 * @param cores       available processors
 * @param heapUsed    heap in use, bytes
 * @param heapCommitted heap committed, bytes
 * @param heapMax     maximum heap, bytes (negative when unbounded)
 * @param threads     live JVM threads
 */
public record ServerLoad(double processCpu, double systemCpu, int cores, long heapUsed, long heapCommitted,
                         long heapMax, int threads) {
    /** Reads the JVM's management beans now. */
    public static ServerLoad now() {
        double process = -1;
        double system = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            process = os.getProcessCpuLoad();
            system = os.getCpuLoad();
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new ServerLoad(process, system, Runtime.getRuntime().availableProcessors(), heap.getUsed(),
                heap.getCommitted(), heap.getMax(), ManagementFactory.getThreadMXBean().getThreadCount());
    }

    /** "CPU process 12 % · system 40 % (2 cores) · heap 123 / 512 MB (max 2048 MB) · 41 threads". */
    public String text() {
        return "CPU process " + percent(processCpu) + " · system " + percent(systemCpu) + " (" + cores + " cores)"
                + " · heap " + mb(heapUsed) + " / " + mb(heapCommitted) + " MB"
                + (heapMax > 0 ? " (max " + mb(heapMax) + " MB)" : "") + " · " + threads + " threads";
    }

    private static String percent(double load) {
        return load < 0 || Double.isNaN(load) ? "n/a" : Math.round(load * 100) + " %";
    }

    private static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}

package lab.minimax.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU used by other processes during a measurement, in cores (bench/WORKLOAD.md's {@code other_cpu}):
 * (Δ busy time of the whole machine from {@code /proc/stat} − Δ CPU time of this process) / wall
 * time, floored at 0. Busy = user + nice + system + irq + softirq (as {@code ref_torch.py}).
 * Reads NaN where {@code /proc/stat} is missing.
 */
public final class OtherCpu {
    /** Linux's USER_HZ (the unit of /proc/stat) on every mainstream architecture. */
    static final double TICKS_PER_SECOND = 100.0;
    private static final Path STAT = Path.of("/proc/stat");

    private final long wall0;
    private final long own0;
    private final double busy0;

    private OtherCpu() {
        wall0 = System.nanoTime();
        own0 = processCpuNanos();
        busy0 = machineBusySeconds();
    }

    /** Starts a measurement now. */
    public static OtherCpu start() {
        return new OtherCpu();
    }

    /** Other processes' CPU since {@link #start()}, in cores. */
    public double stop() {
        double busy = machineBusySeconds();
        double own = (processCpuNanos() - own0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        return Math.max(0.0, (busy - busy0) - own) / wall;
    }

    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    /** Busy seconds summed over all cores, from the first ("cpu") line of /proc/stat; NaN if unreadable. */
    static double machineBusySeconds() {
        try {
            String line = Files.readAllLines(STAT).get(0);
            return busySeconds(line);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Parses "cpu user nice system idle iowait irq softirq steal …" into busy seconds. */
    static double busySeconds(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long[] v = new long[8];
        for (int i = 0; i < 8 && i + 1 < f.length; i++) {
            v[i] = Long.parseLong(f[i + 1]);
        }
        long busy = v[0] + v[1] + v[2] + v[5] + v[6];
        return busy / TICKS_PER_SECOND;
    }
}

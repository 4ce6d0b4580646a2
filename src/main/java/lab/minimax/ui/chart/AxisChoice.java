package lab.minimax.ui.chart;

/**
 * Which y axis a chart over steps draws on, chosen from the finite values it has been sent: a log
 * axis cannot show zero or negative values (e.g. a negative f-GAN bound), and one spike many
 * decades above the rest (e.g. the neyman G loss at 2.5·10¹⁰) flattens a linear axis. Both get a
 * symlog axis, y ↦ asinh(y / c), linear within ±c and logarithmic beyond it.
 */
public final class AxisChoice {
    /** The y axis: linear, logarithmic, or symlog (uPlot's {@code distr: 4}). */
    public enum Axis { LINEAR, LOG, SYMLOG }

    /** A spike this many decades above the typical |value| (the median) makes a linear axis symlog. */
    static final double SPIKE_DECADES = 3;
    /** Decade buckets of log10|v|, from 10^MIN_DECADE to 10^(MIN_DECADE + BUCKETS). */
    private static final int MIN_DECADE = -40;
    private static final int BUCKETS = 80;

    private final boolean log;
    private final long[] decades = new long[BUCKETS];
    private long nonZero;
    private boolean nonPositive;
    private double maxAbs;

    /** @param log whether the chart asks for a log axis */
    AxisChoice(boolean log) {
        this.log = log;
    }

    /** Takes one value in (NaN and ±∞ are not drawn on the axis and are ignored). */
    void add(double v) {
        if (!Double.isFinite(v)) {
            return;
        }
        if (v <= 0) {
            nonPositive = true;
        }
        double a = Math.abs(v);
        if (a == 0) {
            return;
        }
        maxAbs = Math.max(maxAbs, a);
        decades[bucket(a)]++;
        nonZero++;
    }

    void clear() {
        java.util.Arrays.fill(decades, 0);
        nonZero = 0;
        nonPositive = false;
        maxAbs = 0;
    }

    /** The axis for the values seen so far. */
    Axis axis() {
        if (log) {
            return nonPositive ? Axis.SYMLOG : Axis.LOG;
        }
        if (nonZero == 0) {
            return Axis.LINEAR;
        }
        // decades from the typical |v| (median bucket's lower edge) up to the largest |v|
        double span = Math.log10(maxAbs) - (quantileDecade(0.5) + 1);
        return span > SPIKE_DECADES ? Axis.SYMLOG : Axis.LINEAR;
    }

    /**
     * The symlog axis's linear threshold c: the power of ten at the 10th percentile of |v|, so that
     * the small values keep their own decade.
     */
    double linearThreshold() {
        return nonZero == 0 ? 1 : Math.pow(10, quantileDecade(0.1));
    }

    /** The decade (floor of log10|v|) holding the q-quantile of the nonzero |v|. */
    private int quantileDecade(double q) {
        long target = (long) Math.ceil(q * nonZero);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += decades[i];
            if (seen >= Math.max(1, target)) {
                return i + MIN_DECADE;
            }
        }
        return BUCKETS - 1 + MIN_DECADE;
    }

    private static int bucket(double a) {
        int d = (int) Math.floor(Math.log10(a)) - MIN_DECADE;
        return Math.max(0, Math.min(BUCKETS - 1, d));
    }
}

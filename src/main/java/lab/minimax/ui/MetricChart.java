package lab.minimax.ui;

import java.util.List;

/** The charts over steps and which metrics each shows. */
public enum MetricChart {
    LOSSES("Losses", "loss", false, List.of(Metric.LOSS_D, Metric.LOSS_G)),
    DIVERGENCES("Divergences", "nats", true,
            List.of(Metric.JS, Metric.KL, Metric.REVERSE_KL, Metric.F_BOUND, Metric.F_PLUGIN)),
    DISTANCES("Distances", "distance", true, List.of(Metric.WASSERSTEIN, Metric.MMD2)),
    MODES("Modes", "fraction", false, List.of(Metric.MODES, Metric.HIGH_QUALITY)),
    GRADIENTS("Gradient norms", "norm", true, List.of(Metric.GRAD_D, Metric.GRAD_G));

    private final String title;
    private final String yLabel;
    private final boolean log;
    private final List<Metric> metrics;

    MetricChart(String title, String yLabel, boolean log, List<Metric> metrics) {
        this.title = title;
        this.yLabel = yLabel;
        this.log = log;
        this.metrics = metrics;
    }

    public String title() {
        return title;
    }

    public String yLabel() {
        return yLabel;
    }

    public boolean log() {
        return log;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** A new chart for this group. */
    public SeriesChart newChart() {
        return new SeriesChart(title, yLabel, log, metrics.stream().map(Metric::label).toList());
    }

    /**
     * This chart's columns (step, then its metrics) picked out of full metrics rows
     * ({@link Metric#COLUMNS} per row); rows where all of its metrics are NaN are left out.
     */
    public float[] select(float[] rows) {
        int n = rows.length / Metric.COLUMNS;
        int w = metrics.size() + 1;
        float[] out = new float[n * w];
        int k = 0;
        for (int r = 0; r < n; r++) {
            int base = r * Metric.COLUMNS;
            boolean any = false;
            for (Metric m : metrics) {
                any |= !Float.isNaN(rows[base + m.column()]);
            }
            if (!any) {
                continue;
            }
            out[k++] = rows[base];
            for (Metric m : metrics) {
                out[k++] = rows[base + m.column()];
            }
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }
}

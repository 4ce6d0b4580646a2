package lab.minimax.ui.lesson;

import lab.minimax.training.RunState;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.gan.objective.FGanObjective;
import lab.minimax.gan.objective.GanDivergence;
import lab.minimax.gan.Generated;
import lab.minimax.gan.GeneratorLossCurves;

import java.util.List;
import java.util.Locale;
import lab.minimax.live.EngineLiveRun;
import lab.minimax.live.frame.LabSnapshot;
import lab.minimax.ui.chart.CurvesChart;
import lab.minimax.ui.run.RunPanel;

/**
 * Lesson 2's chart: both generator losses of the GAN as functions of D's logit v (D = σ(v)),
 * non-saturating −log σ(v) and saturating log(1 − σ(v)), from the engine's
 * {@link GeneratorLossCurves} (the losses the trainer uses), with the current generated samples'
 * logits as dots on both curves. Redrawn at most every 0.3 s while running.
 */
final class GeneratorLossChart {
    /** Points per curve. */
    static final int N = 161;
    /** The curves cover at least [−V_MIN_RANGE, V_MIN_RANGE] and at most [−V_MAX, V_MAX]. */
    static final double V_MIN_RANGE = 6;
    static final double V_MAX = 20;

    /**
     * @param vLo     left end of the logit axis
     * @param vHi     right end
     * @param ns      (v, ℓ_ns(v)) interleaved
     * @param sat     (v, ℓ_sat(v)) interleaved
     * @param nsDots  (vᵢ, ℓ_ns(vᵢ)) per finite sample logit
     * @param satDots (vᵢ, ℓ_sat(vᵢ)) per finite sample logit
     */
    record Data(double vLo, double vHi, float[] ns, float[] sat, float[] nsDots, float[] satDots) {
    }

    private final CurvesChart chart = new CurvesChart("Generator losses against D's logit v",
            "logit v (D = σ(v))", "loss");
    private final RunPanel panel;
    private long lastNanos;

    GeneratorLossChart(RunPanel panel) {
        this.panel = panel;
        chart.setId("generator-losses");
        chart.addClassName("mm-lesson-chart");
        panel.addFrameListener(this::update);
        update(panel.run().latest());
    }

    CurvesChart chart() {
        return chart;
    }

    /** The curves over a logit range that holds the samples' finite logits (clipped to ±V_MAX). */
    static Data of(double[] logits) {
        double lo = -V_MIN_RANGE;
        double hi = V_MIN_RANGE;
        int finite = 0;
        for (double v : logits) {
            if (Double.isFinite(v)) {
                finite++;
                lo = Math.min(lo, Math.max(-V_MAX, v - 0.5));
                hi = Math.max(hi, Math.min(V_MAX, v + 0.5));
            }
        }
        GeneratorLossCurves.Curves c = GeneratorLossCurves.of(new GanDivergence(), lo, hi, N);
        double[] v = new double[finite];
        int k = 0;
        for (double x : logits) {
            if (Double.isFinite(x)) {
                v[k++] = Math.max(lo, Math.min(hi, x));
            }
        }
        double[] ls = new double[finite];
        double[] ln = new double[finite];
        double[] slope = new double[finite];
        GeneratorLossCurves.perSample(new FGanObjective(new GanDivergence(), GeneratorLoss.SATURATING), v, ls, slope);
        GeneratorLossCurves.perSample(new FGanObjective(new GanDivergence(), GeneratorLoss.NONSATURATING), v, ln, slope);
        return new Data(lo, hi, xy(c.v(), c.nonSaturating()), xy(c.v(), c.saturating()), xy(v, ln), xy(v, ls));
    }

    private static float[] xy(double[] x, double[] y) {
        float[] out = new float[2 * x.length];
        for (int i = 0; i < x.length; i++) {
            out[2 * i] = (float) x[i];
            out[2 * i + 1] = (float) y[i];
        }
        return out;
    }

    private void update(LabSnapshot s) {
        long now = System.nanoTime();
        if (now - lastNanos < 300_000_000L && s.state() == RunState.RUNNING) {
            return;
        }
        lastNanos = now;
        float[] fake = s.plane() != null ? s.plane().fake() : s.line() != null ? s.line().fake() : null;
        if (fake == null || !(panel.run() instanceof EngineLiveRun er)) {
            return;
        }
        double[] logits = er.trainingRun().read(t -> {
            int dx = t.target().dim();
            double[] x = new double[fake.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = fake[i];
            }
            return Generated.critic(t.discriminator(), x, x.length / dx);
        });
        Data d = of(logits);
        chart.setData(List.of(
                new CurvesChart.Layer("non-saturating −log σ(v)", "#0072b2", "line", d.ns()),
                new CurvesChart.Layer("saturating log(1 − σ(v))", "#d55e00", "line", d.sat()),
                new CurvesChart.Layer("samples on −log σ(v)", "#0072b2", "dots", d.nsDots()),
                new CurvesChart.Layer("samples on log(1 − σ(v))", "#d55e00", "dots", d.satDots())));
        double mean = 0;
        for (double v : logits) {
            mean += v / logits.length;
        }
        chart.setSummary(String.format(Locale.ROOT,
                "Generator losses at step %d: mean logit of the generated samples %.2f (D = %.2f).",
                s.gSteps(), mean, 1 / (1 + Math.exp(-mean))));
    }
}

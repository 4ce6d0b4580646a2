package lab.minimax.ui.run;

import java.util.Locale;
import lab.minimax.live.frame.HeatKind;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.Line1dFrame;
import lab.minimax.gan.Metric;
import lab.minimax.live.frame.PlaneFrame;
import lab.minimax.live.wire.Quantiser;
import lab.minimax.ui.chart.MetricChart;

/** The charts' text alternatives: a sentence with the key numbers of the current frame. */
final class Summaries {
    private Summaries() {
    }

    static String plane(long step, PlaneFrame f) {
        StringBuilder b = new StringBuilder("2D view at step ").append(step).append(": ");
        if (f.fake() != null) {
            b.append(f.fake().length / 2).append(" generated samples");
        }
        if (f.covered() != null && f.covered().length > 0) {
            int covered = 0;
            for (float c : f.covered()) {
                covered += c > 0.5f ? 1 : 0;
            }
            b.append(", ").append(covered).append(" of ").append(f.covered().length).append(" modes covered");
        }
        if (f.heat() != null) {
            float[] r = Quantiser.finiteRange(f.heat().values(), Float.NaN);
            b.append(String.format(Locale.ROOT, ", %s from %.2f to %.2f",
                    f.heatKind() == HeatKind.CRITIC ? "critic value" : "D̂ = r̂/(1+r̂)", r[0], r[1]));
        }
        return b.append('.').toString();
    }

    static String line(long step, Line1dFrame f) {
        StringBuilder b = new StringBuilder("1D view at step ").append(step);
        if (f.d() != null) {
            float[] r = Quantiser.finiteRange(f.d(), Float.NaN);
            b.append(String.format(Locale.ROOT, ": %s from %.2f to %.2f",
                    f.heatKind() == HeatKind.CRITIC ? "critic value" : "D̂(x) = r̂/(1+r̂)", r[0], r[1]));
        }
        return b.append('.').toString();
    }

    /**
     * "Image view at step 120: 40 generated digits, D̂ from 0.12 to 0.85 (real digits 0.40 to 0.97)",
     * and the classifier's reading once measured.
     */
    static String images(long step, ImageFrame f) {
        StringBuilder b = new StringBuilder("Image view at step ").append(step).append(": ");
        String name = f.scoreKind() == HeatKind.CRITIC ? "critic value" : "D̂";
        if (f.grid() != null) {
            b.append(f.grid().count()).append(f.conditional() ? " generated digits, one row per digit" : " generated digits");
            float[] r = Quantiser.finiteRange(f.grid().scores(), Float.NaN);
            b.append(String.format(Locale.ROOT, ", %s from %.2f to %.2f", name, r[0], r[1]));
        }
        if (f.real() != null) {
            float[] r = Quantiser.finiteRange(f.real().scores(), Float.NaN);
            b.append(String.format(Locale.ROOT, " (real digits %.2f to %.2f)", r[0], r[1]));
        }
        if (f.classCounts() != null && f.classSamples() > 0) {
            int confident = 0;
            int digits = 0;
            for (int c : f.classCounts()) {
                confident += c;
                digits += c > 0 ? 1 : 0;
            }
            b.append(String.format(Locale.ROOT, "; %d of %d samples read as a digit, %d digits seen",
                    confident, f.classSamples(), digits));
        }
        return b.append('.').toString();
    }

    static String series(MetricChart chart, float[] row) {
        if (row == null) {
            return chart.title() + ": no data yet.";
        }
        StringBuilder b = new StringBuilder(chart.title()).append(" at step ").append((long) row[0]).append(':');
        String sep = " ";
        for (Metric m : chart.metrics()) {
            float v = row[m.column()];
            if (!Float.isNaN(v)) {
                b.append(sep).append(m.label()).append(' ').append(String.format(Locale.ROOT, "%.3g", v));
                sep = ", ";
            }
        }
        return b.append('.').toString();
    }
}

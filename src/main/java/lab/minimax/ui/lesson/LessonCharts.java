package lab.minimax.ui.lesson;

import com.vaadin.flow.component.Component;
import lab.minimax.lesson.LessonChart;

import java.util.List;
import lab.minimax.ui.chart.CurvesChart;
import lab.minimax.ui.chart.MetricChart;
import lab.minimax.ui.run.RunPanel;

/**
 * A lesson page's charts: the charts over steps its {@link LessonChart} names (shown under the
 * run, the lesson's own series first), and its own chart beside the run where it has one
 * (lesson 2: the generator losses against the logit; lesson 5: ‖∇ₓV‖; lesson 6: the Dirac-GAN).
 */
final class LessonCharts {
    private GeneratorLossChart losses;
    private GradientNormChart gradients;
    private DiracPanel dirac;
    private Component own;

    /** The lesson's own chart for {@code panel}'s run (none when its charts over steps carry it). */
    LessonCharts(LessonChart chart, RunPanel panel) {
        switch (chart) {
            case DIRAC_FIELD -> {
                dirac = new DiracPanel();
                own = dirac;
            }
            case GENERATOR_LOSSES -> {
                losses = new GeneratorLossChart(panel);
                own = losses.chart();
            }
            case LIPSCHITZ -> {
                gradients = new GradientNormChart(panel);
                own = gradients.component();
            }
            default -> own = null;
        }
    }

    /** The charts over steps of a lesson: the ones its {@link LessonChart#overSteps()} names, in order. */
    static List<MetricChart> of(LessonChart chart) {
        return chart.overSteps().stream().map(MetricChart::valueOf).toList();
    }

    /** The chart beside the run, or null. */
    Component own() {
        return own;
    }

    CurvesChart lossChart() {
        return losses == null ? null : losses.chart();
    }

    GradientNormChart gradients() {
        return gradients;
    }

    DiracPanel dirac() {
        return dirac;
    }
}

package lab.minimax.lesson;

import lab.minimax.experiment.ExperimentConfig;

import java.util.List;

/**
 * One lesson: a phenomenon of the GAN lecture that opens with one link ({@code /lesson/<id>}),
 * trains live and is drawn next to its formula.
 *
 * @param id          URL slug, e.g. {@code optimal-discriminator}
 * @param number      1-based place in the lesson index
 * @param title       short title
 * @param oneLine     one-sentence description for the lesson index
 * @param config      the experiment the lesson opens (valid under {@code Limits.DEFAULTS})
 * @param compareWith a second experiment shown side by side in lockstep (same seed and target,
 *                    other settings), or null when the lesson has one run
 * @param formulas    display formulas in TeX (rendered with KaTeX), in reading order
 * @param explanation a short paragraph of plain text (never HTML) tying the formulas to the view
 * @param lookFor     "what to look for": short plain-text bullet points
 * @param chart       the lesson's own chart beside the usual lab charts
 */
public record Lesson(
        String id,
        int number,
        String title,
        String oneLine,
        ExperimentConfig config,
        ExperimentConfig compareWith,
        List<String> formulas,
        String explanation,
        List<String> lookFor,
        LessonChart chart) {

    public Lesson {
        formulas = List.copyOf(formulas);
        lookFor = List.copyOf(lookFor);
    }
}

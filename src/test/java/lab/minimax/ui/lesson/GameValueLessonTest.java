package lab.minimax.ui.lesson;

import lab.minimax.gan.Evaluation;
import lab.minimax.gan.Evaluator;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;
import lab.minimax.lesson.Lessons;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;
import lab.minimax.gan.LessonMetrics;

/**
 * Lesson 1's chart shows the phenomenon: training D alone against the frozen generator, the game
 * value (on the evaluation samples) rises towards −log 4 + 2·JSD of the plug-in JSD. A training
 * test (a few seconds).
 */
class GameValueLessonTest {

    @Test
    void theGameValueApproachesMinusLog4PlusTwiceTheJsd() {
        Trainer t = TrainerFactory.create(Lessons.byId("optimal-discriminator").orElseThrow().config());
        Evaluator ev = new Evaluator(t, 2000, 7);
        Evaluation start = ev.evaluate(t);
        double startGap = LessonMetrics.gameReference(start.js()) - start.fBound();
        for (int i = 0; i < 1500; i++) {
            t.step();
        }
        Evaluation end = ev.evaluate(t);
        double ref = LessonMetrics.gameReference(end.js());
        double gap = ref - end.fBound();
        System.out.printf("lesson 1: game value %.4f -> %.4f, reference %.4f (JSD %.4f), gap %.4f -> %.4f%n",
                start.fBound(), end.fBound(), ref, end.js(), startGap, gap);
        assertTrue(end.fBound() > start.fBound(), "the game value rises while D learns");
        assertTrue(Math.abs(gap) < 0.05, "game value " + end.fBound() + " vs −log 4 + 2·JSD " + ref);
    }
}

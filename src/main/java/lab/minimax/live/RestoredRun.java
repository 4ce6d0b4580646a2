package lab.minimax.live;

import lab.minimax.gan.Trainer;
import lab.minimax.grading.RunLog;

/**
 * A run's state read back from its checkpoint, ready to continue.
 *
 * @param trainer       the trainer with the checkpoint restored into it
 * @param metrics       the charts' history
 * @param stepsPerFrame the page's speed setting
 * @param log           the run's replay log (marked not submittable when the checkpoint had none)
 */
record RestoredRun(Trainer trainer, float[] metrics, int stepsPerFrame, RunLog log) {
}

package lab.minimax.gan;

import lab.minimax.experiment.Schedule;

/**
 * The learning rate at generator step t: constant, or cosine decay
 * lr_t = lr₀ · ½ (1 + cos(π · min(t, T) / T)) from lr₀ to 0 over T = decaySteps.
 */
public final class LearningRateSchedule {
    private LearningRateSchedule() {
    }

    public static double at(Schedule schedule, double lr0, long t, int decaySteps) {
        if (schedule == Schedule.CONSTANT) {
            return lr0;
        }
        double progress = Math.min(t, decaySteps) / (double) decaySteps;
        return lr0 * 0.5 * (1 + StrictMath.cos(Math.PI * progress));
    }
}

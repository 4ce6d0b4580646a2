package lab.minimax.grading;

import java.util.List;
import java.util.Locale;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.TrainMode;
import lab.minimax.gan.LiveChange;
import lab.minimax.gan.Trainer;
import lab.minimax.gan.TrainerFactory;

/**
 * A claim's run again, headless: a trainer built as the lab builds it ({@link TrainerFactory#create}
 * on one thread), the logged plain steps, live changes (as the lab applies them:
 * {@code LiveChange.of(c).applyTo(t, c)}) and manual D and G updates in their order, then plain
 * steps up to the claimed step.
 */
final class Replay {
    /** The replayed trainer, or why there is none. */
    record Result(Trainer trainer, String refusal, long steps) {
    }

    private Replay() {
    }

    /**
     * @param base    the claim's config
     * @param changes the claim's changes, with {@code configs[i]} the parsed config of a live change i (else null)
     */
    static Result run(ExperimentConfig base, List<Claim.Change> changes, ExperimentConfig[] configs, long step) {
        String ahead = logAhead(base, changes, step);
        if (ahead != null) {
            return new Result(null, ahead, 0);
        }
        Trainer t = TrainerFactory.create(base);
        for (int i = 0; i < changes.size(); i++) {
            Claim.Change c = changes.get(i);
            for (long j = 0; j < c.fullSteps(); j++) {
                t.step();
            }
            switch (c.kind()) {
                case Claim.Change.LIVE -> LiveChange.of(configs[i]).applyTo(t, configs[i]);
                case Claim.Change.STEP_D -> t.stepDiscriminator();
                default -> t.stepGenerator();
            }
            if (t.generatorSteps() > step) {
                return new Result(null, passes(i, t.generatorSteps(), step), t.generatorSteps());
            }
        }
        while (t.generatorSteps() < step) {
            long before = t.generatorSteps();
            t.step();
            if (t.generatorSteps() == before) {
                return new Result(null, String.format(Locale.ROOT, "does not replay: step %,d cannot be reached (a full step"
                        + " at step %,d did not advance the generator)", step, before), before);
            }
        }
        return new Result(t, null, t.generatorSteps());
    }

    /** Why the log cannot end at or before {@code step} (counted before any training), or null. */
    private static String logAhead(ExperimentConfig base, List<Claim.Change> changes, long step) {
        boolean frozen = base.trainMode() == TrainMode.DISCRIMINATOR_ONLY; // a frozen G's step-g does not count
        long g = 0;
        for (int i = 0; i < changes.size(); i++) {
            Claim.Change c = changes.get(i);
            g += c.fullSteps() + (c.kind().equals(Claim.Change.STEP_G) && !frozen ? 1 : 0);
            if (g > step) {
                return passes(i, g, step);
            }
        }
        return null;
    }

    private static String passes(int i, long g, long step) {
        return String.format(Locale.ROOT, "does not replay: the log's steps pass the claimed step (changes[%d] comes at"
                + " generator step %,d, the claim is of step %,d)", i, g, step);
    }
}

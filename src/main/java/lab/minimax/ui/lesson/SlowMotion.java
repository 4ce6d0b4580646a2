package lab.minimax.ui.lesson;

import lab.minimax.live.LiveRun;

/**
 * One training step taken apart, as a lecturer does on the board: (1) sample, (2) the
 * discriminator's k updates, (3) the generator's update. Each {@link #advance} performs the next
 * stage on the run and returns what happened; the page's frame after each stage shows the
 * generated samples and their gradient arrows −∇ₓL_G for the current D.
 *
 * <p>The sample stage changes nothing in the engine: the drawn samples are the view's fixed noise
 * set, standing in for the batch that the next update draws. Taken apart, the generator update
 * draws fresh noise (the lab's "Step G"), where a full alternating step reuses the last D batch.
 */
final class SlowMotion {
    /** The stages of one step, in order. */
    enum Stage {
        SAMPLE("1/3 sample"),
        D_UPDATE("2/3 D update"),
        G_UPDATE("3/3 G update");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private Stage next = Stage.SAMPLE;

    /** The stage the next {@link #advance} performs. */
    Stage next() {
        return next;
    }

    /** Back to the sample stage (a new run, a reset). */
    void restart() {
        next = Stage.SAMPLE;
    }

    /** Performs the next stage on {@code run} ({@code k} D updates in the D stage) and describes it. */
    String advance(LiveRun run, int k, int batch) {
        Stage s = next;
        next = Stage.values()[(s.ordinal() + 1) % Stage.values().length];
        return switch (s) {
            case SAMPLE -> s.label() + ": draw " + batch + " real points x ~ p and " + batch
                    + " noise vectors z; the generated points x̃ = G(z) (orange) and their arrows −∇ₓL_G"
                    + " show where G would move them against the current D.";
            case D_UPDATE -> {
                for (int i = 0; i < k; i++) {
                    run.stepD();
                }
                yield s.label() + ": " + k + (k == 1 ? " discriminator update" : " discriminator updates")
                        + " — D's surface changes, the samples stay; the arrows now follow the new D.";
            }
            case G_UPDATE -> {
                run.stepG();
                yield s.label() + ": one generator update — the generated points move along their arrows;"
                        + " the step count rises by one.";
            }
        };
    }
}

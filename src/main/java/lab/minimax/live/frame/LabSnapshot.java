package lab.minimax.live.frame;

import lab.minimax.training.RunState;

/**
 * An immutable picture of a run that the page draws: counters, state, and the 2D, the 1D or the
 * image frame (at most one of them).
 *
 * @param version monotonic per run; a new version means something on screen should change
 * @param gSteps  generator updates so far ("step N")
 * @param dSteps  discriminator updates so far
 * @param state   running, paused or diverged
 * @param reason  why the run diverged (empty otherwise)
 * @param plane   the 2D frame (2D targets), else null
 * @param line    the 1D frame (1D targets), else null
 * @param image   the image frame (image targets such as MNIST), else null
 */
public record LabSnapshot(long version, long gSteps, long dSteps, RunState state, String reason,
                          PlaneFrame plane, Line1dFrame line, ImageFrame image) {
    /** A snapshot of a 2D or 1D run (or of none: a refused run). */
    public LabSnapshot(long version, long gSteps, long dSteps, RunState state, String reason,
                       PlaneFrame plane, Line1dFrame line) {
        this(version, gSteps, dSteps, state, reason, plane, line, null);
    }
}

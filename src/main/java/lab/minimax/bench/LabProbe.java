package lab.minimax.bench;

import lab.minimax.gan.Probe;
import lab.minimax.gan.Trainer;

/**
 * The probe the lab's page takes after every step (ui.FrameBuilder's sizes and seed; a ui test
 * keeps the two equal): D on a 48 × 48 grid in 2D (201 points in 1D), 512 real and generated
 * samples with the generator-loss arrows, and the manifold.
 */
public final class LabProbe {
    /** D's grid side for 2D targets. */
    public static final int GRID_2D = 48;
    /** D's grid points for 1D targets. */
    public static final int GRID_1D = 201;
    /** Real and generated samples per frame. */
    public static final int SAMPLES = 512;
    /** Mixed into the run's seed for the probe's own stream. */
    public static final long SEED_MIX = 0x9E3779B97F4A7C15L;

    private LabProbe() {
    }

    /** The lab's probe of a trainer built with {@code seed}. */
    public static Probe of(Trainer trainer, long seed) {
        int grid = trainer.target().dim() == 2 ? GRID_2D : GRID_1D;
        // D's grid over the lab's view: the target's box and its margin in 2D
        return new Probe(trainer, grid, SAMPLES, seed ^ SEED_MIX, Probe.viewBox(trainer.target().box()));
    }
}

package lab.minimax.gan;

import lab.minimax.nn.Mlp;
import lab.minimax.target.Box;
import lab.minimax.target.Target;
import org.ejml.data.DMatrixRMaj;

import java.util.SplittableRandom;

/**
 * Takes {@link Frame}s of a run for drawing: D on a grid over the view box, the generated
 * samples of a fixed noise set with the generator-loss gradient at each, the generator manifold
 * and, in 1D, the map z → x. Owns its scratch, uses its own random stream (so probing never
 * changes the run), and must be called between steps (it reuses the networks' forward caches).
 */
public final class Probe {
    /** Manifold grid side for 2D targets. */
    public static final int MANIFOLD_SIDE = 21;
    /** Points of the 1D generator map z → x. */
    public static final int MAP_POINTS = 101;

    private final int gridSize;
    private final int samples;
    private final int dx;
    private final int dz;
    private final Box box;
    private final float[] lo;
    private final float[] hi;
    private final float[] real;
    private final DMatrixRMaj zFixed;
    private final DMatrixRMaj grid;
    private final DMatrixRMaj zManifold;
    private final DMatrixRMaj zMap;
    private final DMatrixRMaj fakeX;
    private final DMatrixRMaj zChunk;
    private final DMatrixRMaj xChunk;
    private final DMatrixRMaj dFake;
    private final DMatrixRMaj dV;
    private final double[] vFake;
    private final double[] gFake;

    /**
     * @param trainer  the run (for the target, the networks' sizes and the noise)
     * @param gridSize n: D is evaluated on n × n points (2D) or n points (1D)
     * @param samples  number of real and of generated samples drawn
     * @param seed     seed of the probe's own stream (fixed real set and fixed z set)
     */
    public Probe(Trainer trainer, int gridSize, int samples, long seed) {
        Target target = trainer.target();
        this.gridSize = gridSize;
        this.samples = samples;
        this.dx = target.dim();
        this.dz = trainer.generator().inputDim();
        this.box = target.box();
        SplittableRandom rng = new SplittableRandom(seed);
        lo = toFloat(box.lo());
        hi = toFloat(box.hi());
        double[] r = new double[samples * dx];
        target.sample(rng, r, samples);
        real = toFloat(r);
        zFixed = new DMatrixRMaj(samples, dz);
        Noise.sample(rng, trainer.noise(), zFixed.data, samples * dz);
        grid = gridPoints();
        zManifold = manifoldNoise(trainer);
        zMap = mapNoise(trainer);
        int chunk = Math.min(samples, Generated.CHUNK);
        fakeX = new DMatrixRMaj(samples, dx);
        zChunk = new DMatrixRMaj(chunk, dz);
        xChunk = new DMatrixRMaj(chunk, dx);
        dFake = new DMatrixRMaj(chunk, dx);
        dV = new DMatrixRMaj(chunk, 1);
        vFake = new double[chunk];
        gFake = new double[chunk];
    }

    /** The grid points over the view box, row-major, y rows from the bottom. */
    private DMatrixRMaj gridPoints() {
        int n = gridSize;
        if (dx == 1) {
            DMatrixRMaj g = new DMatrixRMaj(n, 1);
            for (int i = 0; i < n; i++) {
                g.data[i] = coord(0, i);
            }
            return g;
        }
        DMatrixRMaj g = new DMatrixRMaj(n * n, 2);
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                int row = iy * n + ix;
                g.data[2 * row] = coord(0, ix);
                g.data[2 * row + 1] = coord(1, iy);
            }
        }
        return g;
    }

    /** Cell centre i of n along dimension d. */
    private double coord(int d, int i) {
        return box.lo()[d] + (i + 0.5) * (box.hi()[d] - box.lo()[d]) / gridSize;
    }

    /** The grid the UI's grid coordinates come from (n × dx, row-major): for D* and the like. */
    public DMatrixRMaj grid() {
        return grid;
    }

    private static double noiseExtent(Trainer t) {
        // ±2 standard deviations of a Gaussian, or the uniform's support
        return t.noise() == lab.minimax.experiment.NoiseDistribution.GAUSSIAN ? 2 : 1;
    }

    /** A MANIFOLD_SIDE² grid over the first two noise coordinates (others 0); one line if dz = 1. */
    private DMatrixRMaj manifoldNoise(Trainer t) {
        if (dx != 2) {
            return new DMatrixRMaj(0, dz);
        }
        int s = MANIFOLD_SIDE;
        double e = noiseExtent(t);
        int rows = dz == 1 ? 1 : s;
        DMatrixRMaj m = new DMatrixRMaj(rows * s, dz);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < s; c++) {
                int i = r * s + c;
                m.data[i * dz] = -e + 2 * e * c / (s - 1);
                if (dz > 1) {
                    m.data[i * dz + 1] = -e + 2 * e * r / (s - 1);
                }
            }
        }
        return m;
    }

    private DMatrixRMaj mapNoise(Trainer t) {
        if (dx != 1 || dz != 1) {
            return new DMatrixRMaj(0, 1);
        }
        double e = noiseExtent(t) * 1.5;
        DMatrixRMaj m = new DMatrixRMaj(MAP_POINTS, 1);
        for (int i = 0; i < MAP_POINTS; i++) {
            m.data[i] = -e + 2 * e * i / (MAP_POINTS - 1);
        }
        return m;
    }

    /** A frame of the trainer's current state (call between steps, from the run's thread). */
    public Frame capture(Trainer t) {
        Objective objective = t.objective();
        Mlp g = t.generator();
        Mlp d = t.discriminator();
        float[] arrows = new float[samples * dx];
        // in chunks of at most Generated.CHUNK rows, so the networks' forward caches stay batch-sized
        for (int start = 0; start < samples; start += Generated.CHUNK) {
            int rows = Math.min(Generated.CHUNK, samples - start);
            // X̃ = G(z_fixed)
            zChunk.reshape(rows, dz);
            System.arraycopy(zFixed.data, start * dz, zChunk.data, 0, rows * dz);
            DMatrixRMaj out = g.forward(zChunk);
            System.arraycopy(out.data, 0, fakeX.data, start * dx, rows * dx);
            // arrows: −∂L_G/∂x̃ = −(∂L_G/∂V) ∂V/∂x̃, by backprop through D to its input
            xChunk.reshape(rows, dx);
            System.arraycopy(out.data, 0, xChunk.data, 0, rows * dx);
            DMatrixRMaj v = d.forward(xChunk);
            System.arraycopy(v.data, 0, vFake, 0, rows);
            objective.generatorLoss(vFake, rows, gFake);
            dV.reshape(rows, 1);
            System.arraycopy(gFake, 0, dV.data, 0, rows);
            dFake.reshape(rows, dx);
            d.backward(dV, false, dFake);
            for (int i = 0; i < rows * dx; i++) {
                // undo the 1/n of the mean loss over the chunk: the per-sample gradient
                arrows[start * dx + i] = (float) (-dFake.data[i] * rows);
            }
        }
        // D on the grid
        double[] dOut = Generated.critic(d, grid.data, grid.numRows);
        float[] dGrid = new float[grid.numRows];
        for (int i = 0; i < dGrid.length; i++) {
            dGrid[i] = (float) objective.display(dOut[i]);
        }
        float[] fake = toFloat(fakeX.data, samples * dx);
        float[] manifold = zManifold.numRows == 0 ? new float[0]
                : toFloat(Generated.map(g, zManifold.data, zManifold.numRows), zManifold.numRows * 2);
        int mRows = zManifold.numRows == 0 ? 0 : zManifold.numRows / MANIFOLD_SIDE;
        int mCols = zManifold.numRows == 0 ? 0 : MANIFOLD_SIDE;
        float[] zLine = toFloat(zMap.data, zMap.numRows);
        float[] xOfZ = zMap.numRows == 0 ? new float[0]
                : toFloat(Generated.map(g, zMap.data, zMap.numRows), zMap.numRows);
        return new Frame(dx, lo, hi, real, fake, arrows, gridSize, dGrid, manifold, mRows, mCols, zLine, xOfZ);
    }

    private static float[] toFloat(double[] a) {
        return toFloat(a, a.length);
    }

    private static float[] toFloat(double[] a, int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }
}

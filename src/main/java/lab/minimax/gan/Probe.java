package lab.minimax.gan;

import lab.minimax.gan.objective.Objective;
import lab.minimax.nn.Network;
import lab.minimax.distribution.Box;
import lab.minimax.distribution.Target;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;

import lab.minimax.random.SplitMix64;

/**
 * Takes {@link Frame}s of a run for drawing: D on a grid over the view box, the generated
 * samples of a fixed noise set with the generator-loss gradient at each, the generator manifold
 * and, in 1D, the map z → x. Owns its scratch and twins of the networks (copies that take the
 * run's parameters at every capture, so probing never touches the run's forward caches), uses its
 * own random stream (so probing never changes the run), and reads the parameters between steps.
 */
public final class Probe {
    /** Manifold grid side for 2D targets. */
    public static final int MANIFOLD_SIDE = 21;
    /** Points of the 1D generator map z → x. */
    public static final int MAP_POINTS = 101;

    /**
     * The 2D view's margin around a target's box, as a fraction of its size on each side: the
     * lab's axes and its D and D* grids all cover the box grown by it ({@link #viewBox}).
     */
    public static final double VIEW_MARGIN = 0.12;

    /** Rows per forward pass of the float twins (their scratch grows to this, not to the grid). */
    static final int CHUNK = 128;

    private final int gridSize;
    private final int samples;
    private final int dx;
    private final int dz;
    private final Box box;
    private final float[] lo;
    private final float[] hi;
    private final float[] real;
    private final float[] zFixed;
    private final DMatrixRMaj grid;
    private final float[] gridF;
    private final float[] zManifold;
    private final float[] zMap;
    /** Twins of G and D (parameters copied in at every capture). */
    private final Network gF;
    private final Network dF;
    private final FMatrixRMaj chunkIn;
    private final FMatrixRMaj dFake;
    private final FMatrixRMaj dV;
    private final double[] vFake;
    private final double[] gFake;

    /**
     * @param trainer  the run (for the target, the networks' sizes and the noise)
     * @param gridSize n: D is evaluated on n × n points (2D) or n points (1D)
     * @param samples  number of real and of generated samples drawn
     * @param seed     seed of the probe's own stream (fixed real set and fixed z set)
     */
    public Probe(Trainer trainer, int gridSize, int samples, long seed) {
        this(trainer, gridSize, samples, seed, trainer.target().box());
    }

    /**
     * As {@link #Probe(Trainer, int, int, long)}, with D's grid over {@code view} (e.g. the
     * target's box with the 2D view's margin) instead of the target's box.
     */
    public Probe(Trainer trainer, int gridSize, int samples, long seed, Box view) {
        Target target = trainer.target();
        this.gridSize = gridSize;
        this.samples = samples;
        this.dx = target.dim();
        this.dz = trainer.generator().inputDim();
        this.box = view;
        SplitMix64 rng = new SplitMix64(seed);
        lo = toFloat(box.lo());
        hi = toFloat(box.hi());
        double[] r = new double[samples * dx];
        target.sample(rng, r, samples);
        real = toFloat(r);
        double[] z = new double[samples * dz];
        Noise.sample(rng, trainer.noise(), z, samples * dz);
        zFixed = toFloat(z);
        grid = gridPoints();
        gridF = toFloat(grid.data);
        zManifold = toFloat(manifoldNoise(trainer).data);
        zMap = toFloat(mapNoise(trainer).data);
        gF = twin(trainer.generator());
        dF = twin(trainer.discriminator());
        chunkIn = new FMatrixRMaj(CHUNK, Math.max(dx, dz));
        dFake = new FMatrixRMaj(CHUNK, dx);
        dV = new FMatrixRMaj(CHUNK, 1);
        vFake = new double[CHUNK];
        gFake = new double[CHUNK];
    }

    /**
     * The box the lab's view shows for a target's box: a 2D box grown by {@link #VIEW_MARGIN} of its
     * size on every side; a 1D box as it is.
     */
    public static Box viewBox(Box b) {
        if (b.dim() != 2) {
            return b;
        }
        double[] lo = new double[2];
        double[] hi = new double[2];
        for (int d = 0; d < 2; d++) {
            double m = (b.hi()[d] - b.lo()[d]) * VIEW_MARGIN;
            lo[d] = b.lo()[d] - m;
            hi[d] = b.hi()[d] + m;
        }
        return new Box(lo, hi);
    }

    /** A net of {@code net}'s shape, activation and kernels (parameters set at capture). */
    private static Network twin(Network net) {
        return net.copy();
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

    /**
     * A frame of the trainer's current state (call between steps, from the run's thread). The
     * networks are evaluated by twins that take a copy of their parameters.
     */
    public Frame capture(Trainer t) {
        Objective objective = t.objective();
        gF.copyFrom(t.generator());
        dF.copyFrom(t.discriminator());
        float[] fake = new float[samples * dx];
        float[] arrows = new float[samples * dx];
        for (int start = 0; start < samples; start += CHUNK) {
            int rows = Math.min(CHUNK, samples - start);
            // X̃ = G(z_fixed)
            float[] x = gF.forward(slice(zFixed, start, rows, dz)).data;
            System.arraycopy(x, 0, fake, start * dx, rows * dx);
            // arrows: −∂L_G/∂x̃ = −(∂L_G/∂V) ∂V/∂x̃, by backprop through D to its input
            float[] v = dF.forward(slice(fake, start, rows, dx)).data;
            for (int i = 0; i < rows; i++) {
                vFake[i] = v[i];
            }
            objective.generatorLoss(vFake, rows, gFake);
            dV.reshape(rows, 1);
            for (int i = 0; i < rows; i++) {
                dV.data[i] = (float) gFake[i];
            }
            dF.backward(dV, false, dFake);
            for (int i = 0; i < rows * dx; i++) {
                // undo the 1/n of the mean loss over the chunk: the per-sample gradient
                arrows[start * dx + i] = -dFake.data[i] * rows;
            }
        }
        // D on the grid, shown as the objective displays it
        float[] dGrid = map(dF, gridF, grid.numRows, dx);
        for (int i = 0; i < dGrid.length; i++) {
            dGrid[i] = (float) objective.display(dGrid[i]);
        }
        int mPoints = zManifold.length / dz;
        float[] manifold = mPoints == 0 ? new float[0] : map(gF, zManifold, mPoints, dz);
        int mRows = mPoints / MANIFOLD_SIDE;
        int mCols = mPoints == 0 ? 0 : MANIFOLD_SIDE;
        float[] xOfZ = zMap.length == 0 ? new float[0] : map(gF, zMap, zMap.length, 1);
        return new Frame(dx, lo, hi, real, fake, arrows, gridSize, dGrid, manifold, mRows, mCols, zMap, xOfZ);
    }

    /** Rows [start, start + rows) of a row-major array with {@code cols} columns, in the chunk scratch. */
    private FMatrixRMaj slice(float[] a, int start, int rows, int cols) {
        chunkIn.reshape(rows, cols);
        System.arraycopy(a, start * cols, chunkIn.data, 0, rows * cols);
        return chunkIn;
    }

    /** Y = f(X) for n rows of X (n × cols), in chunks, into a new array. */
    private float[] map(Network f, float[] x, int n, int cols) {
        int out = f.outputDim();
        float[] y = new float[n * out];
        for (int start = 0; start < n; start += CHUNK) {
            int rows = Math.min(CHUNK, n - start);
            float[] r = f.forward(slice(x, start, rows, cols)).data;
            System.arraycopy(r, 0, y, start * out, rows * out);
        }
        return y;
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }
}

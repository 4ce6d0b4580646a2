package lab.minimax.ui.lesson;

import lab.minimax.gan.DiracGan;

import java.util.Arrays;
import java.util.Locale;

/**
 * The state behind the Dirac-GAN panel: the update scheme, the learning rate, the point (θ, ψ)
 * and its trajectory so far (at most {@link #MAX_POINTS} points; older halves are thinned). A new
 * scheme or learning rate starts again from the start point.
 */
final class DiracSession {
    static final int MAX_POINTS = 4000;
    static final double THETA0 = 1;
    static final double PSI0 = 1;
    static final int FIELD_N = 17;
    static final double MIN_EXTENT = 2;

    private DiracGan.Update update = DiracGan.Update.SIMULTANEOUS;
    private double lr = 0.1;
    private DiracGan game;
    private double[] path = new double[256];
    private int points;
    private long steps;

    DiracSession() {
        reset();
    }

    void reset() {
        game = new DiracGan(THETA0, PSI0);
        points = 0;
        steps = 0;
        append();
    }

    void setUpdate(DiracGan.Update u) {
        update = u;
        reset();
    }

    DiracGan.Update update() {
        return update;
    }

    /** @throws IllegalArgumentException outside (0, 2] */
    void setLearningRate(double h) {
        if (!(h > 0 && h <= 2)) {
            throw new IllegalArgumentException("learning rate must be in (0, 2] (got " + h + ")");
        }
        lr = h;
        reset();
    }

    double learningRate() {
        return lr;
    }

    /** n updates of the scheme; stops early if (θ, ψ) is no longer finite. */
    void step(int n) {
        for (int i = 0; i < n; i++) {
            game.step(update, lr);
            if (!Double.isFinite(game.theta()) || !Double.isFinite(game.psi())) {
                return;
            }
            steps++;
            append();
        }
    }

    long steps() {
        return steps;
    }

    double theta() {
        return game.theta();
    }

    double psi() {
        return game.psi();
    }

    double radius2() {
        return game.radius2();
    }

    /** The trajectory (θ, ψ) interleaved, oldest first. */
    double[] path() {
        return Arrays.copyOf(path, 2 * points);
    }

    /** Half-width of the drawn square: holds the whole trajectory, at least {@link #MIN_EXTENT}. */
    double extent() {
        double m = MIN_EXTENT / 1.15;
        for (int i = 0; i < 2 * points; i++) {
            m = Math.max(m, Math.abs(path[i]));
        }
        return 1.15 * m;
    }

    /** "step 120 · θ = 0.82, ψ = −0.57 · θ² + ψ² = 1.00". */
    String summary() {
        return String.format(Locale.ROOT, "%s, lr %s · step %d · θ = %.3f, ψ = %.3f · θ² + ψ² = %.3f",
                update == DiracGan.Update.SIMULTANEOUS ? "simultaneous" : "alternating",
                Double.toString(lr), steps, theta(), psi(), radius2());
    }

    private void append() {
        if (points == MAX_POINTS) {
            // keep every second point of the history
            for (int i = 0; i < points / 2; i++) {
                path[2 * i] = path[4 * i];
                path[2 * i + 1] = path[4 * i + 1];
            }
            points /= 2;
        }
        if (2 * points + 2 > path.length) {
            path = Arrays.copyOf(path, path.length * 2);
        }
        path[2 * points] = game.theta();
        path[2 * points + 1] = game.psi();
        points++;
    }
}

package lab.minimax.gan;

/**
 * The Dirac-GAN of Mescheder, Geiger and Nowozin (2018, "Which training methods for GANs do
 * actually converge?"): the data is a point mass at 0, the generator a point mass at θ, the
 * discriminator linear, D_ψ(x) = ψ·x. The game is
 * <pre>
 *   L(θ, ψ) = f(ψθ) + f(0),   f(t) = −log(1 + e^{−t}),
 * </pre>
 * minimised by the generator (θ) and maximised by the discriminator (ψ). Its gradient vector
 * field is
 * <pre>
 *   v(θ, ψ) = (−∂L/∂θ, ∂L/∂ψ) = (−ψ f'(ψθ), θ f'(ψθ)),   f'(t) = 1 / (1 + e^{t}),
 * </pre>
 * whose only equilibrium is (0, 0). Simultaneous gradient descent–ascent with step h multiplies
 * θ² + ψ² by 1 + h² f'(ψθ)² every step (it spirals out); alternating updates (θ first, then ψ at
 * the new θ) circle around the equilibrium. Plain doubles, no allocation per step.
 */
public final class DiracGan {
    /** How the two players update. */
    public enum Update {
        /** Both gradients at the same (θ, ψ), then both applied. */
        SIMULTANEOUS,
        /** θ first, then ψ using the new θ. */
        ALTERNATING
    }

    private double theta;
    private double psi;

    /** Starts at (θ₀, ψ₀). */
    public DiracGan(double theta0, double psi0) {
        this.theta = theta0;
        this.psi = psi0;
    }

    /** f(t) = −log(1 + e^{−t}) = log σ(t), computed without overflow. */
    public static double f(double t) {
        return t >= 0 ? -StrictMath.log1p(StrictMath.exp(-t)) : t - StrictMath.log1p(StrictMath.exp(t));
    }

    /** f'(t) = 1 / (1 + e^{t}) = σ(−t). */
    public static double fPrime(double t) {
        return t >= 0 ? StrictMath.exp(-t) / (1 + StrictMath.exp(-t)) : 1 / (1 + StrictMath.exp(t));
    }

    /** The game's value L(θ, ψ) = f(ψθ) + f(0). */
    public static double loss(double theta, double psi) {
        return f(psi * theta) + f(0);
    }

    /** The vector field v(θ, ψ) = (−ψ f'(ψθ), θ f'(ψθ)) as {vθ, vψ}. */
    public static double[] field(double theta, double psi) {
        double g = fPrime(psi * theta);
        return new double[] {-psi * g, theta * g};
    }

    /** One update with learning rate h (the same for both players). */
    public void step(Update update, double h) {
        if (update == Update.SIMULTANEOUS) {
            // (θ, ψ) ← (θ, ψ) + h v(θ, ψ)
            double g = fPrime(psi * theta);
            double nextTheta = theta - h * psi * g;
            psi = psi + h * theta * g;
            theta = nextTheta;
        } else {
            // θ ← θ − h ψ f'(ψθ);  ψ ← ψ + h θ' f'(ψθ')
            theta = theta - h * psi * fPrime(psi * theta);
            psi = psi + h * theta * fPrime(psi * theta);
        }
    }

    /**
     * The trajectory of {@code steps} updates from (θ₀, ψ₀): {θ₀, ψ₀, θ₁, ψ₁, …}, steps + 1 points.
     */
    public static double[] trajectory(double theta0, double psi0, Update update, double h, int steps) {
        DiracGan g = new DiracGan(theta0, psi0);
        double[] out = new double[2 * (steps + 1)];
        out[0] = theta0;
        out[1] = psi0;
        for (int i = 1; i <= steps; i++) {
            g.step(update, h);
            out[2 * i] = g.theta;
            out[2 * i + 1] = g.psi;
        }
        return out;
    }

    /**
     * The field sampled on an n × n grid over [−extent, extent]²: rows from the bottom (ψ), columns
     * from the left (θ), each cell {θ, ψ, vθ, vψ}.
     */
    public static double[] fieldGrid(int n, double extent) {
        double[] out = new double[4 * n * n];
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                double t = -extent + 2 * extent * (ix + 0.5) / n;
                double p = -extent + 2 * extent * (iy + 0.5) / n;
                double[] v = field(t, p);
                int o = 4 * (iy * n + ix);
                out[o] = t;
                out[o + 1] = p;
                out[o + 2] = v[0];
                out[o + 3] = v[1];
            }
        }
        return out;
    }

    public double theta() {
        return theta;
    }

    public double psi() {
        return psi;
    }

    /** θ² + ψ², the squared distance to the equilibrium. */
    public double radius2() {
        return theta * theta + psi * psi;
    }
}

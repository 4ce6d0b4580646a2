package lab.minimax.gan.objective;

import java.util.function.DoubleUnaryOperator;

/**
 * Integrates an objective's {@link Objective#bound} on exact densities. bound(vReal, vFake) is a
 * mean over real rows minus a mean over generated rows, so on one-row batches
 * bound([v], [0]) − bound([0], [0]) is the real-row term at v minus its value at 0, and
 * bound([0], [0]) − bound([0], [v]) the generated-row term at v minus its value at 0. Hence
 * F = ∫p·(real term) − ∫q·(generated term) = ∫p·[bound([V],[0]) − b0] − ∫q·[b0 − bound([0],[V])] + b0
 * with b0 = bound([0],[0]) (∫p = ∫q = 1 on [−20, 20] to double precision).
 */
final class BoundIntegral {
    private BoundIntegral() {
    }

    static double of(Objective obj, GaussianPair pair, DoubleUnaryOperator critic) {
        double[] zero = {0.0};
        double b0 = obj.bound(zero, 1, zero, 1);
        return pair.integrate(x -> {
            double[] v = {critic.applyAsDouble(x)};
            double realTerm = obj.bound(v, 1, zero, 1) - b0;
            double fakeTerm = b0 - obj.bound(zero, 1, v, 1);
            return pair.p(x) * realTerm - pair.q(x) * fakeTerm;
        }) + b0;
    }
}

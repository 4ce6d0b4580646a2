package lab.minimax.experiment.config;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.Random;
import java.util.function.BiFunction;

/** Test helper: a mapping that also needs randomness (drawn through jqwik, so runs stay reproducible). */
final class Combinators2 {
    private Combinators2() {
    }

    static <T, R> Arbitrary<R> withRandom(Arbitrary<T> base, BiFunction<T, Random, R> f) {
        return Combinators.combine(base, Arbitraries.longs()).as((t, seed) -> f.apply(t, new Random(seed)));
    }
}

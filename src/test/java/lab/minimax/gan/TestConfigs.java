package lab.minimax.gan;

import java.util.List;
import java.util.Map;
import lab.minimax.bench.HashWorkloads;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TargetSpec;

/** Small builders of complete configs for engine tests: the ones `bench hash` builds its workloads with. */
final class TestConfigs {
    private TestConfigs() {
    }

    static ExperimentConfig of(TargetSpec target, int noiseDim, List<Integer> hidden, ActivationName act,
                               Divergence div, double lr, double beta2, Schedule schedule, int decaySteps,
                               int batch, int dSteps, Scheme scheme, long seed) {
        return HashWorkloads.of(target, noiseDim, hidden, act, div, lr, beta2, schedule, decaySteps, batch, dSteps,
                scheme, seed);
    }

    static TargetSpec target(String name, Map<String, Double> params) {
        return HashWorkloads.target(name, params);
    }
}

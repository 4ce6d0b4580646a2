package lab.minimax.gan;

import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.ObjectiveSpec;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.OptimizerSpec;
import lab.minimax.experiment.Schedule;
import lab.minimax.experiment.Scheme;
import lab.minimax.experiment.TargetSpec;

import java.util.List;
import java.util.Map;

/** Small builders of complete configs for engine tests. */
final class TestConfigs {
    private TestConfigs() {
    }

    static ExperimentConfig of(TargetSpec target, int noiseDim, List<Integer> hidden, ActivationName act,
                               Divergence div, double lr, double beta2, Schedule schedule, int decaySteps,
                               int batch, int dSteps, Scheme scheme, long seed) {
        OptimizerParams adam = new OptimizerParams(OptimizerName.ADAM, lr, 0.5, beta2, 0);
        return new ExperimentConfig(ExperimentConfig.CURRENT_VERSION, target,
                new NoiseSpec(noiseDim, NoiseDistribution.GAUSSIAN),
                new NetworkSpec(hidden, act), new NetworkSpec(hidden, act),
                new ObjectiveSpec(div, GeneratorLoss.NONSATURATING, 0.01, 0.1, 0, 1, 1),
                new OptimizerSpec(adam, adam, schedule, decaySteps), batch, dSteps, scheme, seed);
    }

    static TargetSpec target(String name, Map<String, Double> params) {
        return new TargetSpec(name, params, null);
    }
}

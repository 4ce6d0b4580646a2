package lab.minimax.ui;

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

/** STAND-IN until the experiment presets are wired: the config the page opens with. */
final class DemoConfigs {
    private DemoConfigs() {
    }

    /** Ring of 8 Gaussians, Goodfellow GAN with the non-saturating loss, Adam on both networks. */
    static ExperimentConfig ring8() {
        OptimizerParams adam = new OptimizerParams(OptimizerName.ADAM, 1e-3, 0.5, 0.999, 0);
        return new ExperimentConfig(ExperimentConfig.CURRENT_VERSION,
                new TargetSpec("ring8", Map.of("radius", 2.0, "sd", 0.02), null),
                new NoiseSpec(2, NoiseDistribution.GAUSSIAN),
                new NetworkSpec(List.of(64, 64), ActivationName.RELU),
                new NetworkSpec(List.of(64, 64), ActivationName.RELU),
                new ObjectiveSpec(Divergence.GAN, GeneratorLoss.NONSATURATING, 0.01, 0.1, 0, 1, 1),
                new OptimizerSpec(adam, adam, Schedule.CONSTANT, 10_000),
                256, 1, Scheme.ALTERNATING, 1);
    }
}

package lab.minimax.experiment.preset;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import lab.minimax.experiment.ActivationName;
import lab.minimax.experiment.config.ConfigValidator;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.NoiseDistribution;
import lab.minimax.experiment.NoiseSpec;
import lab.minimax.experiment.OptimizerName;
import lab.minimax.experiment.OptimizerParams;
import lab.minimax.experiment.TargetCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PresetsTest {

    @Test
    void theRequiredPresetsExistAndAreValid() {
        List<String> required = List.of("ring8-gan", "grid25-gan", "ring8-wgan-gp", "gaussian-1d", "mixture-1d-kl",
                "mixture-1d-reverse-kl", "moons", "swissroll", "spiral", "line", "two-gaussians");
        assertThat(Presets.ALL).extracting(Preset::id).containsAll(required);
        assertThat(new HashSet<>(Presets.ALL.stream().map(Preset::id).toList())).hasSameSizeAs(Presets.ALL);
        for (Preset p : Presets.ALL) {
            assertThat(p.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(p.title()).isNotBlank();
            assertThat(p.description()).isNotBlank();
            assertThat(ConfigValidator.validate(p.config(), Limits.DEFAULTS)).as(p.id()).isEmpty();
        }
        assertThat(Presets.find("nope")).isEmpty();
        assertThatThrownBy(() -> Presets.get("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void presetsUseTheTargetTheirNameSays() {
        assertThat(Presets.get("grid25-gan").config().target().name()).isEqualTo("grid25");
        assertThat(Presets.get("gaussian-1d").config().target().name()).isEqualTo("gaussian");
        assertThat(Presets.get("mixture-1d-kl").config().objective().divergence()).isEqualTo(Divergence.KL);
        assertThat(Presets.get("mixture-1d-reverse-kl").config().objective().divergence()).isEqualTo(Divergence.REVERSE_KL);
        for (String id : List.of("moons", "swissroll", "spiral", "line", "two-gaussians")) {
            assertThat(Presets.get(id).config().target().name()).isEqualTo(id);
        }
        for (Preset p : Presets.ALL) {
            int dim = TargetCatalog.get(p.config().target().name()).dim();
            if (dim == 1) {
                assertThat(p.config().noise().dim()).as(p.id()).isEqualTo(1);
            }
        }
    }

    @Test
    void wassersteinPresetsFollowThePapers() {
        ExperimentConfig gp = Presets.get("ring8-wgan-gp").config();
        assertThat(gp.objective().divergence()).isEqualTo(Divergence.WGAN_GP);
        assertThat(gp.objective().lambda()).isEqualTo(0.1);
        assertThat(gp.dSteps()).isEqualTo(5);
        assertThat(gp.optimizer().discriminator()).isEqualTo(new OptimizerParams(OptimizerName.ADAM, 1e-4, 0.5, 0.9, 0));
        assertThat(gp.optimizer().generator()).isEqualTo(gp.optimizer().discriminator());

        ExperimentConfig clip = Presets.get("ring8-wgan-clip").config();
        assertThat(clip.objective().divergence()).isEqualTo(Divergence.WGAN_CLIP);
        assertThat(clip.objective().clip()).isEqualTo(0.01);
        assertThat(clip.dSteps()).isEqualTo(5);
        assertThat(clip.optimizer().discriminator().name()).isEqualTo(OptimizerName.RMSPROP);
        assertThat(clip.optimizer().discriminator().lr()).isEqualTo(5e-5);
    }

    @Test
    void ringPresetIsTheBenchmarkWorkload() {
        // bench/WORKLOAD.md: radius 2, sd 0.02, noise 2, 64-64 ReLU nets, batch 256, Adam 1e-3 (0.5, 0.999)
        ExperimentConfig c = Presets.get("ring8-gan").config();
        assertThat(c.target().params()).containsEntry("radius", 2.0).containsEntry("sd", 0.02);
        assertThat(c.noise()).isEqualTo(new NoiseSpec(2, NoiseDistribution.GAUSSIAN));
        assertThat(c.generator()).isEqualTo(new NetworkSpec(List.of(64, 64), ActivationName.RELU));
        assertThat(c.batchSize()).isEqualTo(256);
        assertThat(c.optimizer().generator()).isEqualTo(new OptimizerParams(OptimizerName.ADAM, 1e-3, 0.5, 0.999, 0));
    }
}

package lab.minimax.bench;

import java.util.ArrayList;
import java.util.List;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.ObjectiveSpec;

/** Every objective the factory can build, for {@code bench alloc} and the tests that must cover them all. */
public final class AllObjectives {
    private AllObjectives() {
    }

    /** One spec per f-divergence and generator loss, plus the critic games (LSGAN twice). */
    public static List<ObjectiveSpec> specs() {
        List<ObjectiveSpec> out = new ArrayList<>();
        for (Divergence d : Divergence.values()) {
            if (d.kind() == Divergence.Kind.F_GAN) {
                for (GeneratorLoss loss : GeneratorLoss.values()) {
                    out.add(new ObjectiveSpec(d, loss, 0, 0, 0, 0, 0));
                }
            }
        }
        out.add(new ObjectiveSpec(Divergence.WGAN_CLIP, GeneratorLoss.NONSATURATING, 0.01, 0, 0, 0, 0));
        out.add(new ObjectiveSpec(Divergence.WGAN_GP, GeneratorLoss.NONSATURATING, 0, 10, 0, 0, 0));
        out.add(new ObjectiveSpec(Divergence.LSGAN, GeneratorLoss.NONSATURATING, 0, 0, 0, 1, 1));
        out.add(new ObjectiveSpec(Divergence.LSGAN, GeneratorLoss.NONSATURATING, 0, 0, -1, 1, 0));
        out.add(new ObjectiveSpec(Divergence.HINGE, GeneratorLoss.NONSATURATING, 0, 0, 0, 0, 0));
        return out;
    }

    public static String name(ObjectiveSpec s) {
        return s.divergence().id() + "/" + s.generatorLoss().id();
    }
}

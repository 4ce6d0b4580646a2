package lab.minimax.gan.objective;

import java.util.Optional;
import lab.minimax.experiment.Divergence;
import lab.minimax.experiment.Named;
import lab.minimax.experiment.ObjectiveSpec;

/** Builds the {@link Objective} an {@link ObjectiveSpec} describes. */
public final class Objectives {
    private Objectives() {
    }

    /**
     * The objective of {@code spec}: an {@link FGanObjective} (with the spec's generator loss) for
     * each f-divergence of {@link #fDivergence}, {@link WassersteinClip}(clip), {@link WassersteinGp}(lambda),
     * {@link LeastSquares}(a, b, c) or {@link Hinge}. Parameters that do not belong to the chosen
     * divergence are ignored.
     *
     * @throws IllegalArgumentException naming the field and its allowed range when a parameter
     *                                  the divergence uses is out of range
     */
    public static Objective create(ObjectiveSpec spec) {
        if (spec == null || spec.divergence() == null) {
            throw new IllegalArgumentException("objective.divergence must be one of "
                    + Named.allowed(Divergence.class));
        }
        Optional<FDivergence> f = fDivergence(spec.divergence());
        if (f.isPresent()) {
            return new FGanObjective(f.get(), spec.generatorLoss());
        }
        return switch (spec.divergence()) {
            case WGAN_CLIP -> new WassersteinClip(spec.clip());
            case WGAN_GP -> new WassersteinGp(spec.lambda());
            case LSGAN -> new LeastSquares(spec.a(), spec.b(), spec.c());
            case HINGE -> new Hinge();
            default -> throw new IllegalStateException("no objective for " + spec.divergence());
        };
    }

    /**
     * The registry of the f-GAN family: the {@link FDivergence} behind {@code d} (its f, f*, output
     * activation g_f and perspective, which the game, the heatmap and the plug-in estimate all read),
     * empty for the critic games (WGAN, WGAN-GP, LSGAN, hinge). A new f-divergence is one case here.
     */
    public static Optional<FDivergence> fDivergence(Divergence d) {
        return Optional.ofNullable(switch (d) {
            case GAN -> new GanDivergence();
            case KL -> new Kl();
            case REVERSE_KL -> new ReverseKl();
            case PEARSON -> new Pearson();
            case NEYMAN -> new Neyman();
            case HELLINGER -> new Hellinger();
            case JS -> new JensenShannon();
            case TV -> new TotalVariation();
            case WGAN_CLIP, WGAN_GP, LSGAN, HINGE -> null;
        });
    }
}

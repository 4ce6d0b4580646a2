package lab.minimax.gan.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.GeneratorLoss;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.gan.LiveChange;

/**
 * SHA-256 of the config's canonical JSON ({@link ConfigJson#write}, UTF-8) with the seed set to 0
 * and the live settings ({@link LiveChange}: both learning rates, k, the generator loss) set to
 * fixed values. Neither the seed nor the live settings decide which trainer a checkpoint fits: the
 * checkpoint carries the data stream's state, the parameters and the live settings themselves, so
 * it restores into a trainer built from the run's config before or after a live change, whatever
 * its seed. Everything else (target and its points, noise, both networks, objective, optimisers,
 * schedule, batch, scheme, train mode, conditioning) is in the fingerprint.
 */
final class ConfigFingerprint {
    /** Length in bytes. */
    static final int BYTES = 32;
    private static final LiveChange NEUTRAL = new LiveChange(1e-3, 1e-3, 1, GeneratorLoss.NONSATURATING);

    private ConfigFingerprint() {
    }

    static byte[] of(ExperimentConfig config) {
        String json = ConfigJson.write(NEUTRAL.onto(config).withSeed(0));
        try {
            return MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package lab.minimax.experiment.preset;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;

/**
 * A named experiment for the preset menu and for course links.
 *
 * @param id          stable identifier (lower case, dashes), e.g. {@code ring8-wgan-gp}
 * @param title       short title for a menu
 * @param description one or two sentences on what the experiment shows
 * @param config      the configuration (valid under {@link Limits#DEFAULTS})
 */
public record Preset(String id, String title, String description, ExperimentConfig config) {
}

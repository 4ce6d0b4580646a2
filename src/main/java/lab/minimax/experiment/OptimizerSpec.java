package lab.minimax.experiment;

/**
 * One optimizer per network and the learning-rate schedule shared by both.
 *
 * @param generator     G's optimizer
 * @param discriminator D's optimizer
 * @param schedule      constant, or cosine decay from lr to 0 over {@code decaySteps} G steps
 * @param decaySteps    length of the cosine schedule in generator steps
 */
public record OptimizerSpec(OptimizerParams generator, OptimizerParams discriminator, Schedule schedule,
                            int decaySteps) {
}

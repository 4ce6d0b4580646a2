package lab.minimax.experiment;

/**
 * Which networks a run trains. {@code d-only} freezes the generator (lesson 1: D converges to
 * D* = p/(p+q) for the fixed q); a step then makes its k discriminator updates and skips the
 * generator update, and the step counter still advances (it is the lab's clock and the
 * learning-rate schedule's t). An absent key means {@code both}, so older links keep their meaning.
 */
public enum TrainMode implements Named {
    /** D and G are trained (the game). */
    BOTH("both"),
    /** Only D is trained against a frozen generator. */
    DISCRIMINATOR_ONLY("d-only");

    private final String id;

    TrainMode(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

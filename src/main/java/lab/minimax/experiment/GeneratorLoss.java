package lab.minimax.experiment;

/**
 * The generator's loss: saturating (minimise the game's value, min E_q[−f*(g_f(V))]; for the GAN,
 * E_q log(1 − D)) or non-saturating (min −E_q[g_f(V)]; for the GAN, −E_q log D).
 */
public enum GeneratorLoss implements Named {
    SATURATING("saturating"), NONSATURATING("nonsaturating");

    private final String id;

    GeneratorLoss(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

package lab.minimax.experiment;

/** Update scheme of the game. */
public enum Scheme implements Named {
    /** k discriminator steps, then one generator step through the updated D. */
    ALTERNATING("alternating"),
    /** both gradients at the same parameters, then both applied. */
    SIMULTANEOUS("simultaneous");

    private final String id;

    Scheme(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

package lab.minimax.experiment;

/** Learning-rate schedule. */
public enum Schedule implements Named {
    CONSTANT("constant"), COSINE("cosine");

    private final String id;

    Schedule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

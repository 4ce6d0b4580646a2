package lab.minimax.experiment;

public enum OptimizerName implements Named {
    SGD("sgd"), ADAM("adam"), RMSPROP("rmsprop");

    private final String id;

    OptimizerName(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

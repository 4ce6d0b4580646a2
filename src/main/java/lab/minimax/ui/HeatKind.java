package lab.minimax.ui;

/** How the discriminator's output is coloured. */
public enum HeatKind {
    /** D(x) in [0, 1], diverging palette centred at 0.5. */
    PROBABILITY("probability"),
    /** an unbounded critic / least-squares score, sequential palette with a legend of its range. */
    CRITIC("critic");

    private final String js;

    HeatKind(String js) {
        this.js = js;
    }

    /** The name the browser component expects. */
    public String js() {
        return js;
    }
}

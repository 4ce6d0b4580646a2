package lab.minimax.experiment.config;

/**
 * The allowed values of a numeric field: an interval, closed or open at each end, of reals or of
 * integers. Non-finite values are never allowed.
 */
record NumRule(double min, boolean minOpen, double max, boolean maxOpen, boolean integer) {

    /** Integers in [min, max]. */
    static NumRule ints(long min, long max) {
        return new NumRule(min, false, max, false, true);
    }

    /** Reals in [min, max]. */
    static NumRule closed(double min, double max) {
        return new NumRule(min, false, max, false, false);
    }

    /** Reals in (min, max]. */
    static NumRule openClosed(double min, double max) {
        return new NumRule(min, true, max, false, false);
    }

    /** Reals in [min, max). */
    static NumRule closedOpen(double min, double max) {
        return new NumRule(min, false, max, true, false);
    }

    boolean accepts(double v) {
        return Double.isFinite(v)
                && (minOpen ? v > min : v >= min)
                && (maxOpen ? v < max : v <= max)
                && (!integer || v == Math.rint(v));
    }

    /** "an integer in [1, 256]", "a number in (0, 10]". */
    String allowed() {
        return (integer ? "an integer in " : "a number in ")
                + (minOpen ? "(" : "[") + NumberText.format(min) + ", " + NumberText.format(max) + (maxOpen ? ")" : "]");
    }
}

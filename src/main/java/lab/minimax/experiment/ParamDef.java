package lab.minimax.experiment;

/**
 * A numeric parameter of a target: its allowed closed range, default, and whether it must be an
 * integer.
 */
public record ParamDef(String name, double min, double max, double defaultValue, boolean integer, String help) {
    public static ParamDef real(String name, double min, double max, double def, String help) {
        return new ParamDef(name, min, max, def, false, help);
    }

    public static ParamDef integer(String name, int min, int max, int def, String help) {
        return new ParamDef(name, min, max, def, true, help);
    }

    /** True when v is finite, inside [min, max] and integral where required. */
    public boolean accepts(double v) {
        return Double.isFinite(v) && v >= min && v <= max && (!integer || v == Math.rint(v));
    }

    /** "a number in [0.005, 1]" or "an integer in [2, 3]". */
    public String allowed() {
        return integer ? "an integer in [" + (long) min + ", " + (long) max + "]"
                : "a number in [" + fmt(min) + ", " + fmt(max) + "]";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}

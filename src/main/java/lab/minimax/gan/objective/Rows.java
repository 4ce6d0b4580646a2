package lab.minimax.gan.objective;

/** Argument checks shared by the objectives: a row count must fit its arrays. */
final class Rows {
    private Rows() {
    }

    /** Throws with a message naming the argument when n is not in [1, length of each array]. */
    static void check(String name, int n, double[] v, double[] grad) {
        if (v == null) {
            throw new IllegalArgumentException(name + ": the value array is missing");
        }
        if (n < 1 || n > v.length) {
            throw new IllegalArgumentException(name + ": row count must be in 1.." + v.length + ", got " + n);
        }
        if (grad != null && grad.length < n) {
            throw new IllegalArgumentException(name + ": gradient array holds " + grad.length
                    + " rows, needs " + n);
        }
    }

    /** The mean of v[0..n). */
    static double mean(double[] v, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += v[i];
        }
        return s / n;
    }
}

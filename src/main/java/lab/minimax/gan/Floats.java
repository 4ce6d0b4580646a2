package lab.minimax.gan;

/** Copies between the engine's float32 rows and the double arrays of metrics and targets. */
final class Floats {
    private Floats() {
    }

    /** to[i] = (float) from[from0 + i] for i &lt; len. */
    static void copy(double[] from, int from0, float[] to, int len) {
        for (int i = 0; i < len; i++) {
            to[i] = (float) from[from0 + i];
        }
    }

    /** to[i] = from[i] for i &lt; len (exact). */
    static void copy(float[] from, double[] to, int len) {
        for (int i = 0; i < len; i++) {
            to[i] = from[i];
        }
    }

    /** Whether a[i] is finite for every i &lt; len. */
    static boolean allFinite(float[] a, int len) {
        for (int i = 0; i < len; i++) {
            if (!Float.isFinite(a[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean allFinite(double[] a, int len) {
        for (int i = 0; i < len; i++) {
            if (!Double.isFinite(a[i])) {
                return false;
            }
        }
        return true;
    }
}

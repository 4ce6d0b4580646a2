package lab.minimax.nn;

/**
 * Operations over a network's parameter (or gradient) arrays θ = (W1, b1, W2, b2, …) taken as one
 * vector: the Euclidean norm, clamping, and copying between nets of the same shape.
 */
final class ParameterArrays {
    private ParameterArrays() {
    }

    /** ‖θ‖₂ = √(Σ θᵢ²) over all arrays (summed in double, array by array, in order). */
    static double norm(float[][] arrays) {
        double s = 0;
        for (float[] a : arrays) {
            for (float v : a) {
                s += (double) v * v;
            }
        }
        return Math.sqrt(s);
    }

    /** θᵢ ← min(c, max(−c, θᵢ)) for every entry; c finite and ≥ 0. */
    static void clamp(float[][] arrays, double c) {
        if (!(c >= 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("clip c must be finite and >= 0, got " + c);
        }
        // the largest float ≤ c, so that |θ| ≤ c holds exactly
        final float cf = (float) c > c ? Math.nextDown((float) c) : (float) c;
        for (float[] a : arrays) {
            for (int i = 0; i < a.length; i++) {
                a[i] = Math.max(-cf, Math.min(cf, a[i]));
            }
        }
    }

    /** to ← from, array by array (same shapes). */
    static void copy(float[][] from, float[][] to) {
        for (int i = 0; i < from.length; i++) {
            System.arraycopy(from[i], 0, to[i], 0, from[i].length);
        }
    }
}

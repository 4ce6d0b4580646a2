package lab.minimax.nn;

/**
 * Operations over a network's parameter (or gradient) arrays θ = (W1, b1, W2, b2, …) taken as one
 * vector: the Euclidean norm, clamping, and copying between nets of the same shape.
 */
final class ParameterArrays {
    private ParameterArrays() {
    }

    /** ‖θ‖₂ = √(Σ θᵢ²) over all arrays. */
    static double norm(double[][] arrays) {
        double s = 0;
        for (double[] a : arrays) {
            for (double v : a) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    /** θᵢ ← min(c, max(−c, θᵢ)) for every entry; c finite and ≥ 0. */
    static void clamp(double[][] arrays, double c) {
        if (!(c >= 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("clip c must be finite and >= 0, got " + c);
        }
        for (double[] a : arrays) {
            for (int i = 0; i < a.length; i++) {
                a[i] = Math.max(-c, Math.min(c, a[i]));
            }
        }
    }

    /** to ← from, array by array (same shapes). */
    static void copy(double[][] from, double[][] to) {
        for (int i = 0; i < from.length; i++) {
            System.arraycopy(from[i], 0, to[i], 0, from[i].length);
        }
    }
}

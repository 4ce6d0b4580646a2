package lab.minimax.nn;

/**
 * Operations over a network's parameter (or gradient) arrays θ = (W1, b1, W2, b2, …) taken as one
 * vector: the Euclidean norm, clamping, and copying between nets of the same shape.
 */
final class ParameterArrays {
    private ParameterArrays() {
    }

    /**
     * ‖θ‖₂ = √(Σ θᵢ²) over all arrays, in double (each θᵢ² is exact). The order is fixed by this
     * code: element i of each array goes to the partial sum s_(i mod 8), the arrays in order, and
     * ‖θ‖² = ((s₀ + s₁) + (s₂ + s₃)) + ((s₄ + s₅) + (s₆ + s₇)). Eight independent chains: one
     * chain waits on the addition's latency at every element.
     */
    static double norm(float[][] arrays) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        for (float[] a : arrays) {
            final int end = a.length - a.length % 8;
            int i = 0;
            for (; i < end; i += 8) {
                double v0 = a[i], v1 = a[i + 1], v2 = a[i + 2], v3 = a[i + 3];
                double v4 = a[i + 4], v5 = a[i + 5], v6 = a[i + 6], v7 = a[i + 7];
                s0 += v0 * v0;
                s1 += v1 * v1;
                s2 += v2 * v2;
                s3 += v3 * v3;
                s4 += v4 * v4;
                s5 += v5 * v5;
                s6 += v6 * v6;
                s7 += v7 * v7;
            }
            // the remainder: elements end + r, r < 7, into s_r
            final int r = a.length - end;
            if (r > 0) {
                double v = a[end];
                s0 += v * v;
            }
            if (r > 1) {
                double v = a[end + 1];
                s1 += v * v;
            }
            if (r > 2) {
                double v = a[end + 2];
                s2 += v * v;
            }
            if (r > 3) {
                double v = a[end + 3];
                s3 += v * v;
            }
            if (r > 4) {
                double v = a[end + 4];
                s4 += v * v;
            }
            if (r > 5) {
                double v = a[end + 5];
                s5 += v * v;
            }
            if (r > 6) {
                double v = a[end + 6];
                s6 += v * v;
            }
        }
        return Math.sqrt(((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)));
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

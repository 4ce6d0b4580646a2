package lab.minimax.metrics;

/** A histogram of 1D samples as densities (the lab's 1D view draws the generator's). */
public final class Histogram {
    private Histogram() {
    }

    /**
     * Densities of a histogram of {@code x} with {@code bins} equal bins over [lo, hi]: count / (n · width);
     * samples outside [lo, hi) (and NaN) fall in no bin but count in n.
     */
    public static float[] densities(float[] x, double lo, double hi, int bins) {
        float[] h = new float[bins];
        double w = (hi - lo) / bins;
        for (float v : x) {
            int b = (int) Math.floor((v - lo) / w);
            if (b >= 0 && b < bins) {
                h[b]++;
            }
        }
        for (int i = 0; i < h.length; i++) {
            h[i] /= (float) (x.length * w);
        }
        return h;
    }
}

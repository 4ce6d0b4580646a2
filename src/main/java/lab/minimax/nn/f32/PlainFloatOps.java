package lab.minimax.nn.f32;

/** {@link FloatOps} in plain Java loops (the reference order; the JIT may vectorise the flat loops). */
final class PlainFloatOps implements FloatOps {
    static final PlainFloatOps INSTANCE = new PlainFloatOps();

    @Override
    public String name() {
        return "plain";
    }

    @Override
    public void addColumnSums(float[] g, int rows, int cols, float[] db) {
        // db_j += Σ_i G[i, j], i in order
        for (int i = 0, gi = 0; i < rows; i++, gi += cols) {
            for (int j = 0; j < cols; j++) {
                db[j] += g[gi + j];
            }
        }
    }

    @Override
    public void add(float[] t, float[] d, int len) {
        for (int i = 0; i < len; i++) {
            d[i] += t[i];
        }
    }

    @Override
    public void adam(float[] p, float[] g, float[] m, float[] v, float b1, float c1, float b2, float c2,
                     float stepSize, float sqrtBc2, float eps) {
        adam(p, g, m, v, b1, c1, b2, c2, stepSize, sqrtBc2, eps, 0, p.length);
    }

    /** {@link #adam} on the elements [from, to) (also the Vector API path's tail). */
    static void adam(float[] p, float[] g, float[] m, float[] v, float b1, float c1, float b2, float c2,
                     float stepSize, float sqrtBc2, float eps, int from, int to) {
        for (int i = from; i < to; i++) {
            float gi = g[i];
            float mi = b1 * m[i] + c1 * gi;
            float vi = b2 * v[i] + c2 * gi * gi;
            m[i] = mi;
            v[i] = vi;
            p[i] -= stepSize * (mi / ((float) Math.sqrt(vi) / sqrtBc2 + eps));
        }
    }
}

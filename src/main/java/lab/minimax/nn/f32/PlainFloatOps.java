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
    public void add(float[] t, int tOff, float[] d, int dOff, int len) {
        for (int i = 0; i < len; i++) {
            d[dOff + i] += t[tOff + i];
        }
    }

    @Override
    public void leakyRelu(float[] a, int len, float alpha) {
        leakyRelu(a, alpha, 0, len);
    }

    /** The plain loop on [i0, len). */
    static void leakyRelu(float[] a, float alpha, int i0, int len) {
        for (int i = i0; i < len; i++) {
            float z = a[i];
            a[i] = z > 0 ? z : alpha * z;
        }
    }

    @Override
    public void leakyReluBackward(float[] a, float[] g, int len, float alpha) {
        leakyReluBackward(a, g, alpha, 0, len);
    }

    /** The plain loop on [i0, len). */
    static void leakyReluBackward(float[] a, float[] g, float alpha, int i0, int len) {
        for (int i = i0; i < len; i++) {
            g[i] = a[i] > 0 ? g[i] : alpha * g[i];
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

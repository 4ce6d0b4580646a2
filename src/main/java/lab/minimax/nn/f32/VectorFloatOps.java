package lab.minimax.nn.f32;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatOps} on the Vector API: lanes across the columns (bias sums) or the elements
 * (accumulation, Adam), each lane the plain loop's float32 operations in its order; the
 * remainders in plain loops. Loaded only when {@code jdk.incubator.vector} is present.
 */
final class VectorFloatOps implements FloatOps {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void addColumnSums(float[] g, int rows, int cols, float[] db) {
        // db_j += Σ_i G[i, j], i in order: 4 vectors of columns held in registers down the rows
        int j = 0;
        for (; j + 4 * L <= cols; j += 4 * L) {
            FloatVector s0 = FloatVector.fromArray(S, db, j), s1 = FloatVector.fromArray(S, db, j + L);
            FloatVector s2 = FloatVector.fromArray(S, db, j + 2 * L), s3 = FloatVector.fromArray(S, db, j + 3 * L);
            for (int i = 0, gi = j; i < rows; i++, gi += cols) {
                s0 = s0.add(FloatVector.fromArray(S, g, gi));
                s1 = s1.add(FloatVector.fromArray(S, g, gi + L));
                s2 = s2.add(FloatVector.fromArray(S, g, gi + 2 * L));
                s3 = s3.add(FloatVector.fromArray(S, g, gi + 3 * L));
            }
            s0.intoArray(db, j);
            s1.intoArray(db, j + L);
            s2.intoArray(db, j + 2 * L);
            s3.intoArray(db, j + 3 * L);
        }
        for (; j + L <= cols; j += L) {
            FloatVector s0 = FloatVector.fromArray(S, db, j);
            for (int i = 0, gi = j; i < rows; i++, gi += cols) {
                s0 = s0.add(FloatVector.fromArray(S, g, gi));
            }
            s0.intoArray(db, j);
        }
        for (; j < cols; j++) {
            float s = db[j];
            for (int i = 0, gi = j; i < rows; i++, gi += cols) {
                s += g[gi];
            }
            db[j] = s;
        }
    }

    @Override
    public void add(float[] t, float[] d, int len) {
        int i = 0;
        for (int end = S.loopBound(len); i < end; i += L) {
            FloatVector.fromArray(S, d, i).add(FloatVector.fromArray(S, t, i)).intoArray(d, i);
        }
        for (; i < len; i++) {
            d[i] += t[i];
        }
    }

    @Override
    public void add(float[] t, int tOff, float[] d, int dOff, int len) {
        int i = 0;
        for (int end = S.loopBound(len); i < end; i += L) {
            FloatVector.fromArray(S, d, dOff + i).add(FloatVector.fromArray(S, t, tOff + i)).intoArray(d, dOff + i);
        }
        for (; i < len; i++) {
            d[dOff + i] += t[tOff + i];
        }
    }

    @Override
    public void leakyRelu(float[] a, int len, float alpha) {
        // z > 0 ? z : alpha·z lane by lane (a NaN lane is "not > 0": alpha·NaN, as the loop)
        int i = 0;
        for (int end = S.loopBound(len); i < end; i += L) {
            FloatVector z = FloatVector.fromArray(S, a, i);
            z.mul(alpha).blend(z, z.compare(VectorOperators.GT, 0f)).intoArray(a, i);
        }
        PlainFloatOps.leakyRelu(a, alpha, i, len);
    }

    @Override
    public void leakyReluBackward(float[] a, float[] g, int len, float alpha) {
        int i = 0;
        for (int end = S.loopBound(len); i < end; i += L) {
            FloatVector gi = FloatVector.fromArray(S, g, i);
            VectorMask<Float> live = FloatVector.fromArray(S, a, i).compare(VectorOperators.GT, 0f);
            gi.mul(alpha).blend(gi, live).intoArray(g, i);
        }
        PlainFloatOps.leakyReluBackward(a, g, alpha, i, len);
    }

    @Override
    public void adam(float[] p, float[] g, float[] m, float[] v, float b1, float c1, float b2, float c2,
                     float stepSize, float sqrtBc2, float eps) {
        final int len = p.length;
        int i = 0;
        for (int end = S.loopBound(len); i < end; i += L) {
            FloatVector gi = FloatVector.fromArray(S, g, i);
            // m ← b1·m + c1·g; v ← b2·v + (c2·g)·g (separate roundings, as the scalar loop)
            FloatVector mi = FloatVector.fromArray(S, m, i).mul(b1).add(gi.mul(c1));
            FloatVector vi = FloatVector.fromArray(S, v, i).mul(b2).add(gi.mul(c2).mul(gi));
            mi.intoArray(m, i);
            vi.intoArray(v, i);
            // p ← p − stepSize·(m / (√v / sqrtBc2 + eps))
            FloatVector den = vi.sqrt().div(sqrtBc2).add(eps);
            FloatVector.fromArray(S, p, i).sub(mi.div(den).mul(stepSize)).intoArray(p, i);
        }
        PlainFloatOps.adam(p, g, m, v, b1, c1, b2, c2, stepSize, sqrtBc2, eps, i, len);
    }
}

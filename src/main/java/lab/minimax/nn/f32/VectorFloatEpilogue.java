package lab.minimax.nn.f32;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The elementwise epilogues of the float32 Vector API products ({@link VectorFloatKernels},
 * {@link PackedFloatGemm}): ReLU and the ReLU mask on a block of C just stored.
 */
final class VectorFloatEpilogue {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorFloatEpilogue() {
    }

    /**
     * The elementwise epilogue on the 4 × w block just stored at c[ci..] (still in L1), in vectors:
     * ReLU as max(C, 0), the ReLU mask as a blend C ⊙ [mask &gt; 0] (compare, then zero the other
     * lanes; a NaN mask entry counts as "not &gt; 0", as in the plain loop). Kept out of the
     * accumulating code: merging vectors across epilogue branches defeats the JIT's box
     * elimination (the step then allocates).
     */
    static void finish(float[] mask, float[] c, int ci, int n, int w, FloatKernels.Epilogue e) {
        if (e == FloatKernels.Epilogue.BIAS_RELU) {
            for (int r = 0, o = ci; r < 4; r++, o += n) {
                relu(c, o, w);
            }
        } else if (e == FloatKernels.Epilogue.MASK) {
            for (int r = 0, o = ci; r < 4; r++, o += n) {
                mask(mask, c, o, w);
            }
        }
    }

    /**
     * The elementwise epilogue on w contiguous floats just stored at c[o..] (a row, or a strip of
     * whole rows; w a multiple of L), the mask read at the same offsets.
     */
    static void finishRow(float[] mask, float[] c, int o, int w, FloatKernels.Epilogue e) {
        if (e == FloatKernels.Epilogue.BIAS_RELU) {
            relu(c, o, w);
        } else if (e == FloatKernels.Epilogue.MASK) {
            mask(mask, c, o, w);
        }
    }

    /** c[o..o+w) = max(c, 0), w a multiple of L. */
    static void relu(float[] c, int o, int w) {
        for (int q = o; q < o + w; q += L) {
            FloatVector.fromArray(S, c, q).max(0f).intoArray(c, q);
        }
    }

    /** c[o..o+w) = c ⊙ [mask &gt; 0], w a multiple of L. */
    static void mask(float[] mask, float[] c, int o, int w) {
        for (int q = o; q < o + w; q += L) {
            VectorMask<Float> live = FloatVector.fromArray(S, mask, q).compare(VectorOperators.GT, 0f);
            FloatVector.fromArray(S, c, q).blend(0f, live.not()).intoArray(c, q);
        }
    }

}

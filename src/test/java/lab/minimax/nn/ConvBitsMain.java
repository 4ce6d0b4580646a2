package lab.minimax.nn;

import lab.minimax.nn.f32.FloatKernels;
import lab.minimax.nn.f32.ParallelFloatKernels;

/**
 * Prints "kernels hash" of {@link LayerStackTest#dcganStepOutputs} (the DCGAN G step and penalised
 * D step at batch 3) for {@link ConvWidthBitsTest}'s forked JVMs; arg "2" runs the products on two
 * threads.
 */
public final class ConvBitsMain {
    private ConvBitsMain() {
    }

    public static void main(String[] args) {
        FloatKernels base = FloatKernels.selected();
        boolean two = args.length > 0 && args[0].equals("2");
        long h = 1125899906842597L;
        try (ParallelFloatKernels par = two ? new ParallelFloatKernels(base, 0) : null) {
            for (float[] a : LayerStackTest.dcganStepOutputs(two ? par : base)) {
                for (float v : a) {
                    h = 31 * h + Float.floatToRawIntBits(v);
                }
            }
        }
        System.out.println(base.name() + " " + Long.toHexString(h));
    }
}

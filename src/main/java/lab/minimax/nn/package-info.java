/**
 * The neural-network engine, in float32 (EJML's {@code FMatrixRMaj} + JDK only): activations
 * defined once with their first and second derivatives ({@link lab.minimax.nn.Activations}), the
 * affine {@link lab.minimax.nn.DenseLayer} (Z = X·W + 1·bᵀ, W stored fan_in × fan_out),
 * {@link lab.minimax.nn.Mlp} with forward, backward to weights and input, the input gradient and
 * the WGAN-GP penalty by double backprop, optimizers ({@link lab.minimax.nn.Sgd},
 * {@link lab.minimax.nn.Adam}, {@link lab.minimax.nn.RmsProp}) and, in {@code nn.f32}, the GEMM
 * kernels (plain Java, or the Vector API when {@code jdk.incubator.vector} is present) whose
 * fixed summation order gives the same bits on every CPU. The image layers
 * {@link lab.minimax.nn.Conv2d}, {@link lab.minimax.nn.ConvTranspose2d} and
 * {@link lab.minimax.nn.BatchNorm} (NHWC rows, im2col + the same kernels) stack with dense layers
 * in {@link lab.minimax.nn.LayerStack} (docs/conv.md). Transcendentals go through
 * {@link lab.minimax.nn.FixedMath} or {@code StrictMath}. Steady-state calls allocate nothing.
 */
package lab.minimax.nn;

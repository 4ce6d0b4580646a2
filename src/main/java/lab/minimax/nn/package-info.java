/**
 * The neural-network engine (EJML + JDK only, double precision): activations with their first
 * and second derivatives ({@link lab.minimax.nn.Activations}), the affine
 * {@link lab.minimax.nn.DenseLayer} (Z = X·W + 1·bᵀ, W stored fan_in × fan_out),
 * {@link lab.minimax.nn.Mlp} with forward, backward to weights and input, the input gradient and
 * the WGAN-GP penalty by double backprop, optimizers ({@link lab.minimax.nn.Sgd},
 * {@link lab.minimax.nn.Adam}, {@link lab.minimax.nn.RmsProp}) and the GEMM kernels behind
 * {@link lab.minimax.nn.MatrixKernels} (plain Java, or the Vector API when
 * {@code jdk.incubator.vector} is present). Steady-state calls allocate nothing.
 */
package lab.minimax.nn;

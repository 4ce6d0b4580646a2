package lab.minimax.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import lab.minimax.nn.f32.FloatKernels;

/**
 * Builds a {@link LayerStack} input side first, tracking the image shape (NHWC) of each row:
 * {@code LayerStack.builder(64).dense(3136).image(7, 7, 64).batchNorm().convTranspose(32, 4, 2, 1)…}.
 */
public final class LayerStackBuilder {
    private final List<Layer> layers = new ArrayList<>();
    /** norms.get(l) follows layers.get(l), or is null. */
    private final List<BatchNorm> norms = new ArrayList<>();
    private int size;
    private int h = -1, w = -1, c = -1;

    LayerStackBuilder(int inputDim) {
        if (inputDim < 1) {
            throw new IllegalArgumentException("inputDim must be >= 1, got " + inputDim);
        }
        this.size = inputDim;
    }

    /** Reads the current rows as h × w × c images (NHWC); h·w·c must be the current size. */
    public LayerStackBuilder image(int height, int width, int channels) {
        if ((long) height * width * channels != size) {
            throw new IllegalArgumentException(height + "×" + width + "×" + channels + " is not the current "
                    + size + " floats per row");
        }
        h = height;
        w = width;
        c = channels;
        return this;
    }

    public LayerStackBuilder dense(int fanOut) {
        return add(new DenseAdapter(size, fanOut), -1, -1, -1);
    }

    public LayerStackBuilder conv(int cOut, int k, int stride, int padding) {
        requireImage("conv");
        Conv2d l = new Conv2d(h, w, c, cOut, k, stride, padding);
        return add(l, l.outputHeight(), l.outputWidth(), cOut);
    }

    public LayerStackBuilder convTranspose(int cOut, int k, int stride, int padding) {
        requireImage("convTranspose");
        ConvTranspose2d l = new ConvTranspose2d(h, w, c, cOut, k, stride, padding);
        return add(l, l.outputHeight(), l.outputWidth(), cOut);
    }

    private void requireImage(String what) {
        if (h < 0) {
            throw new IllegalStateException(what + " needs an image: call image(h, w, c) first");
        }
    }

    /**
     * Batch norm (ε = 1e-5) on the last layer's output before σ, over its channels (an image's
     * C, or a dense layer's width); not on the output layer.
     */
    public LayerStackBuilder batchNorm() {
        if (layers.isEmpty()) {
            throw new IllegalStateException("batchNorm follows a layer");
        }
        int channels = c > 0 ? c : size;
        norms.set(norms.size() - 1, new BatchNorm(channels, 1e-5));
        return this;
    }

    private LayerStackBuilder add(Layer l, int nh, int nw, int nc) {
        layers.add(l);
        norms.add(null);
        size = l.outSize();
        h = nh;
        w = nw;
        c = nc;
        return this;
    }

    /** The stack; parameters drawn layer by layer, W_l then b_l. */
    public LayerStack build(Activation act, Init init, RandomGenerator rng, FloatKernels kernels) {
        BatchNorm[] bn = new BatchNorm[layers.size() + 1];
        for (int l = 0; l < norms.size(); l++) {
            bn[l + 1] = norms.get(l);
        }
        if (bn[layers.size()] != null) {
            throw new IllegalStateException("batch norm on the output layer");
        }
        LayerStack s = new LayerStack(layers.toArray(new Layer[0]), bn, act, kernels);
        for (Layer l : s.layers) {
            l.initialize(init, rng);
        }
        return s;
    }
}

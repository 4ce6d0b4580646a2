package lab.minimax.nn;

/**
 * TEST ORACLE: a 2D convolution in double by its definition (direct loops, no im2col), in the
 * engine's NHWC layout and parameter order ({@link Conv2d}):
 * <pre>
 *   Y[i, oh, ow, o] = b[o] + Σ_{kh, kw, c} W[(kh·k + kw)·C + c, o] · X[i, oh·s − p + kh, ow·s − p + kw, c]
 * </pre>
 * (X = 0 outside the image), and its derivatives written out from that sum.
 */
final class DoubleConv2d implements DoubleLinearLayer {
    final int H, W, C, Co, k, s, p, Ho, Wo;
    final double[] w, b, dw, db;

    DoubleConv2d(int H, int W, int C, int Co, int k, int s, int p) {
        this.H = H;
        this.W = W;
        this.C = C;
        this.Co = Co;
        this.k = k;
        this.s = s;
        this.p = p;
        this.Ho = (H + 2 * p - k) / s + 1;
        this.Wo = (W + 2 * p - k) / s + 1;
        this.w = new double[k * k * C * Co];
        this.b = new double[Co];
        this.dw = new double[w.length];
        this.db = new double[Co];
    }

    /** The same parameters as a float layer's. */
    static DoubleConv2d of(Conv2d f, int H, int W, int C, int Co, int k, int s, int p) {
        DoubleConv2d d = new DoubleConv2d(H, W, C, Co, k, s, p);
        for (int t = 0; t < d.w.length; t++) {
            d.w[t] = f.W().data[t];
        }
        for (int o = 0; o < Co; o++) {
            d.b[o] = f.b()[o];
        }
        return d;
    }

    @Override
    public int inSize() {
        return H * W * C;
    }

    @Override
    public int outSize() {
        return Ho * Wo * Co;
    }

    int xi(int i, int h, int x, int c) {
        return ((i * H + h) * W + x) * C + c;
    }

    int yi(int i, int oh, int ow, int o) {
        return ((i * Ho + oh) * Wo + ow) * Co + o;
    }

    int wi(int kh, int kw, int c, int o) {
        return ((kh * k + kw) * C + c) * Co + o;
    }

    @Override
    public double[] linear(double[] x, int n, boolean withBias) {
        double[] y = new double[n * outSize()];
        for (int i = 0; i < n; i++) {
            for (int oh = 0; oh < Ho; oh++) {
                for (int ow = 0; ow < Wo; ow++) {
                    for (int o = 0; o < Co; o++) {
                        double sum = withBias ? b[o] : 0;
                        for (int kh = 0; kh < k; kh++) {
                            int h = oh * s - p + kh;
                            for (int kw = 0; kw < k; kw++) {
                                int xx = ow * s - p + kw;
                                if (h < 0 || h >= H || xx < 0 || xx >= W) {
                                    continue;
                                }
                                for (int c = 0; c < C; c++) {
                                    sum += w[wi(kh, kw, c, o)] * x[xi(i, h, xx, c)];
                                }
                            }
                        }
                        y[yi(i, oh, ow, o)] = sum;
                    }
                }
            }
        }
        return y;
    }

    /** dX[i, h, x, c] = Σ over (oh, ow, kh, kw) with oh·s − p + kh = h, ow·s − p + kw = x, and o, of W·G. */
    @Override
    public double[] backwardInput(double[] g, int n) {
        double[] dx = new double[n * inSize()];
        for (int i = 0; i < n; i++) {
            for (int oh = 0; oh < Ho; oh++) {
                for (int ow = 0; ow < Wo; ow++) {
                    for (int kh = 0; kh < k; kh++) {
                        int h = oh * s - p + kh;
                        for (int kw = 0; kw < k; kw++) {
                            int xx = ow * s - p + kw;
                            if (h < 0 || h >= H || xx < 0 || xx >= W) {
                                continue;
                            }
                            for (int c = 0; c < C; c++) {
                                for (int o = 0; o < Co; o++) {
                                    dx[xi(i, h, xx, c)] += w[wi(kh, kw, c, o)] * g[yi(i, oh, ow, o)];
                                }
                            }
                        }
                    }
                }
            }
        }
        return dx;
    }

    /** dW[kh, kw, c, o] += Σ_{i, oh, ow} X[i, oh·s − p + kh, ow·s − p + kw, c]·G[i, oh, ow, o]; db[o] += Σ G[·, o]. */
    @Override
    public void accumulate(double[] x, double[] g, int n, boolean withBias) {
        for (int i = 0; i < n; i++) {
            for (int oh = 0; oh < Ho; oh++) {
                for (int ow = 0; ow < Wo; ow++) {
                    for (int o = 0; o < Co; o++) {
                        double go = g[yi(i, oh, ow, o)];
                        if (withBias) {
                            db[o] += go;
                        }
                        for (int kh = 0; kh < k; kh++) {
                            int h = oh * s - p + kh;
                            for (int kw = 0; kw < k; kw++) {
                                int xx = ow * s - p + kw;
                                if (h < 0 || h >= H || xx < 0 || xx >= W) {
                                    continue;
                                }
                                for (int c = 0; c < C; c++) {
                                    dw[wi(kh, kw, c, o)] += x[xi(i, h, xx, c)] * go;
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public double[][] parameters() {
        return new double[][]{w, b};
    }

    @Override
    public double[][] gradients() {
        return new double[][]{dw, db};
    }
}

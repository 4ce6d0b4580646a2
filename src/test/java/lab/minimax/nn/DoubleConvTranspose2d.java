package lab.minimax.nn;

/**
 * TEST ORACLE: a 2D transposed convolution in double by its definition (direct loops), in the
 * engine's layout and parameter order ({@link ConvTranspose2d}): every input pixel (ih, iw)
 * scatters its channels through the kernel to the output pixels oh = ih·s − p + kh, ow = iw·s − p + kw
 * that lie in the Ho × Wo image, Ho = (Hi − 1)·s − 2p + k:
 * <pre>
 *   Y[i, oh, ow, o] = b[o] + Σ_{ih, iw, kh, kw : ih·s − p + kh = oh, iw·s − p + kw = ow} Σ_c X[i, ih, iw, c]·W[c, (kh·k + kw)·Co + o]
 * </pre>
 */
final class DoubleConvTranspose2d implements DoubleLinearLayer {
    final int Hi, Wi, C, Co, k, s, p, Ho, Wo;
    final double[] w, b, dw, db;

    DoubleConvTranspose2d(int Hi, int Wi, int C, int Co, int k, int s, int p) {
        this.Hi = Hi;
        this.Wi = Wi;
        this.C = C;
        this.Co = Co;
        this.k = k;
        this.s = s;
        this.p = p;
        this.Ho = (Hi - 1) * s - 2 * p + k;
        this.Wo = (Wi - 1) * s - 2 * p + k;
        this.w = new double[C * k * k * Co];
        this.b = new double[Co];
        this.dw = new double[w.length];
        this.db = new double[Co];
    }

    static DoubleConvTranspose2d of(ConvTranspose2d f, int Hi, int Wi, int C, int Co, int k, int s, int p) {
        DoubleConvTranspose2d d = new DoubleConvTranspose2d(Hi, Wi, C, Co, k, s, p);
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
        return Hi * Wi * C;
    }

    @Override
    public int outSize() {
        return Ho * Wo * Co;
    }

    int xi(int i, int ih, int iw, int c) {
        return ((i * Hi + ih) * Wi + iw) * C + c;
    }

    int yi(int i, int oh, int ow, int o) {
        return ((i * Ho + oh) * Wo + ow) * Co + o;
    }

    int wi(int c, int kh, int kw, int o) {
        return c * k * k * Co + (kh * k + kw) * Co + o;
    }

    @Override
    public double[] linear(double[] x, int n, boolean withBias) {
        double[] y = new double[n * outSize()];
        if (withBias) {
            for (int t = 0; t < n * Ho * Wo; t++) {
                System.arraycopy(b, 0, y, t * Co, Co);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int ih = 0; ih < Hi; ih++) {
                for (int iw = 0; iw < Wi; iw++) {
                    for (int kh = 0; kh < k; kh++) {
                        int oh = ih * s - p + kh;
                        for (int kw = 0; kw < k; kw++) {
                            int ow = iw * s - p + kw;
                            if (oh < 0 || oh >= Ho || ow < 0 || ow >= Wo) {
                                continue;
                            }
                            for (int o = 0; o < Co; o++) {
                                for (int c = 0; c < C; c++) {
                                    y[yi(i, oh, ow, o)] += x[xi(i, ih, iw, c)] * w[wi(c, kh, kw, o)];
                                }
                            }
                        }
                    }
                }
            }
        }
        return y;
    }

    @Override
    public double[] backwardInput(double[] g, int n) {
        double[] dx = new double[n * inSize()];
        for (int i = 0; i < n; i++) {
            for (int ih = 0; ih < Hi; ih++) {
                for (int iw = 0; iw < Wi; iw++) {
                    for (int c = 0; c < C; c++) {
                        double sum = 0;
                        for (int kh = 0; kh < k; kh++) {
                            int oh = ih * s - p + kh;
                            for (int kw = 0; kw < k; kw++) {
                                int ow = iw * s - p + kw;
                                if (oh < 0 || oh >= Ho || ow < 0 || ow >= Wo) {
                                    continue;
                                }
                                for (int o = 0; o < Co; o++) {
                                    sum += w[wi(c, kh, kw, o)] * g[yi(i, oh, ow, o)];
                                }
                            }
                        }
                        dx[xi(i, ih, iw, c)] = sum;
                    }
                }
            }
        }
        return dx;
    }

    @Override
    public void accumulate(double[] x, double[] g, int n, boolean withBias) {
        if (withBias) {
            for (int t = 0; t < n * Ho * Wo; t++) {
                for (int o = 0; o < Co; o++) {
                    db[o] += g[t * Co + o];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int ih = 0; ih < Hi; ih++) {
                for (int iw = 0; iw < Wi; iw++) {
                    for (int kh = 0; kh < k; kh++) {
                        int oh = ih * s - p + kh;
                        for (int kw = 0; kw < k; kw++) {
                            int ow = iw * s - p + kw;
                            if (oh < 0 || oh >= Ho || ow < 0 || ow >= Wo) {
                                continue;
                            }
                            for (int c = 0; c < C; c++) {
                                for (int o = 0; o < Co; o++) {
                                    dw[wi(c, kh, kw, o)] += x[xi(i, ih, iw, c)] * g[yi(i, oh, ow, o)];
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

package lab.minimax.nn.f32;

import lab.minimax.nn.Activation;
import lab.minimax.nn.Elu;
import lab.minimax.nn.LeakyRelu;

/**
 * A hidden activation σ of the lab in float32, applied in place to a layer's output, with σ'
 * taken from the output a = σ(z) (so no pre-activation is kept): ReLU [a &gt; 0], LeakyReLU
 * a &gt; 0 ? 1 : α, tanh 1 − a², ELU a &gt; 0 ? 1 : a + α, linear 1. Reading σ' from a needs
 * sign(a) = sign(z), i.e. α &gt; 0 (the lab's LeakyReLU 0.2 and ELU 1).
 */
public final class FloatActivation {
    /** The kinds, by the double activation's {@link Activation#name()}. */
    enum Kind { RELU, LEAKY_RELU, TANH, ELU, LINEAR }

    /** ReLU (fused into the products' store by {@link FloatMlp}). */
    public static final FloatActivation RELU = new FloatActivation(Kind.RELU, 0);

    private final Kind kind;
    private final float alpha;

    private FloatActivation(Kind kind, float alpha) {
        this.kind = kind;
        this.alpha = alpha;
    }

    /**
     * The float twin of a double activation.
     *
     * @throws IllegalArgumentException for an unknown activation or α ≤ 0
     */
    public static FloatActivation of(Activation a) {
        switch (a.name()) {
            case "relu":
                return RELU;
            case "linear":
                return new FloatActivation(Kind.LINEAR, 0);
            case "tanh":
                return new FloatActivation(Kind.TANH, 0);
            case "leakyrelu":
                return withPositiveAlpha(Kind.LEAKY_RELU, ((LeakyRelu) a).alpha());
            case "elu":
                return withPositiveAlpha(Kind.ELU, ((Elu) a).alpha());
            default:
                throw new IllegalArgumentException("no float32 twin of activation " + a.name());
        }
    }

    private static FloatActivation withPositiveAlpha(Kind kind, double alpha) {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException(kind + " in float32 needs alpha > 0, got " + alpha);
        }
        return new FloatActivation(kind, (float) alpha);
    }

    boolean isRelu() {
        return kind == Kind.RELU;
    }

    /** a[i] = σ(a[i]) for i &lt; len (in place). */
    void apply(float[] a, int len) {
        switch (kind) {
            case RELU:
                for (int i = 0; i < len; i++) {
                    a[i] = Math.max(a[i], 0f);
                }
                break;
            case LEAKY_RELU:
                for (int i = 0; i < len; i++) {
                    float z = a[i];
                    a[i] = z > 0 ? z : alpha * z;
                }
                break;
            case TANH:
                for (int i = 0; i < len; i++) {
                    a[i] = (float) Math.tanh(a[i]);
                }
                break;
            case ELU:
                for (int i = 0; i < len; i++) {
                    float z = a[i];
                    a[i] = z > 0 ? z : (float) (alpha * Math.expm1(z));
                }
                break;
            default:
                break;
        }
    }

    /** g[i] ⊙= σ'(z_i), read from the output a[i] = σ(z_i), for i &lt; len. */
    void multiplyDerivative(float[] a, float[] g, int len) {
        switch (kind) {
            case RELU:
                for (int i = 0; i < len; i++) {
                    g[i] = a[i] > 0 ? g[i] : 0f;
                }
                break;
            case LEAKY_RELU:
                for (int i = 0; i < len; i++) {
                    g[i] = a[i] > 0 ? g[i] : alpha * g[i];
                }
                break;
            case TANH:
                for (int i = 0; i < len; i++) {
                    g[i] *= 1 - a[i] * a[i];
                }
                break;
            case ELU:
                for (int i = 0; i < len; i++) {
                    g[i] = a[i] > 0 ? g[i] : (a[i] + alpha) * g[i];
                }
                break;
            default:
                break;
        }
    }

    @Override
    public String toString() {
        return kind + (alpha > 0 ? "(" + alpha + ")" : "");
    }
}

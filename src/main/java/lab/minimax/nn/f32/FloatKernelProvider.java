package lab.minimax.nn.f32;

import java.util.Locale;

/**
 * Chooses the {@link FloatKernels} once; the Vector API class is loaded reflectively, so the
 * plain path never links a {@code jdk.incubator.vector} type (Lucene's pattern).
 */
final class FloatKernelProvider {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static volatile FloatKernels selected;
    private static volatile FloatKernels vector;
    private static volatile FloatOps selectedOps;
    private static volatile FloatOps vectorOps;

    private FloatKernelProvider() {
    }

    static FloatKernels selected() {
        FloatKernels s = selected;
        if (s == null) {
            String f = System.getProperty(FloatKernels.PROPERTY, "").trim().toLowerCase(Locale.ROOT);
            s = switch (f) {
                case "" -> modulePresent() ? vector() : PlainFloatKernels.INSTANCE;
                case "plain" -> PlainFloatKernels.INSTANCE;
                case "vector" -> vector();
                default -> throw new IllegalArgumentException(
                        FloatKernels.PROPERTY + " must be plain|vector, got '" + f + "'");
            };
            selected = s;
        }
        return s;
    }

    static boolean modulePresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    static FloatKernels vector() {
        FloatKernels v = vector;
        if (v == null) {
            if (!modulePresent()) {
                throw new IllegalStateException("the Vector API kernels need the module " + VECTOR_MODULE
                        + ": run java with --add-modules " + VECTOR_MODULE + " (or -D" + FloatKernels.PROPERTY + "=plain)");
            }
            try {
                v = (FloatKernels) Class.forName("lab.minimax.nn.f32.VectorFloatKernels")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("cannot load the Vector API kernels: " + e, e);
            }
            vector = v;
        }
        return v;
    }

    /** The {@link FloatOps} of the same choice as {@link #selected()}. */
    static FloatOps selectedOps() {
        FloatOps s = selectedOps;
        if (s == null) {
            s = selected() == PlainFloatKernels.INSTANCE ? PlainFloatOps.INSTANCE : vectorOps();
            selectedOps = s;
        }
        return s;
    }

    static FloatOps vectorOps() {
        FloatOps v = vectorOps;
        if (v == null) {
            vector(); // the same module check and message
            try {
                v = (FloatOps) Class.forName("lab.minimax.nn.f32.VectorFloatOps")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("cannot load the Vector API ops: " + e, e);
            }
            vectorOps = v;
        }
        return v;
    }
}

package lab.minimax.nn;

import java.util.Locale;

/**
 * Chooses the {@link MatrixKernels} once. The Vector API class is loaded reflectively, so the
 * plain path never links a {@code jdk.incubator.vector} type (Lucene's pattern).
 */
final class KernelProvider {
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static volatile MatrixKernels selected;
    private static volatile MatrixKernels vector;

    private KernelProvider() {
    }

    /** The implementation in use, chosen on first call (a bad property value throws, every time). */
    static MatrixKernels selected() {
        MatrixKernels s = selected;
        if (s == null) {
            s = select(System.getProperty(MatrixKernels.PROPERTY), vectorModulePresent());
            selected = s;
        }
        return s;
    }

    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /**
     * @param forced        the property value: null/blank (auto), "plain" or "vector"
     * @param modulePresent whether {@code jdk.incubator.vector} is in the boot layer
     */
    static MatrixKernels select(String forced, boolean modulePresent) {
        String f = forced == null ? "" : forced.trim().toLowerCase(Locale.ROOT);
        switch (f) {
            case "":
                return modulePresent ? vector() : PlainKernels.INSTANCE;
            case "plain":
                return PlainKernels.INSTANCE;
            case "vector":
                if (!modulePresent) {
                    throw missingModule();
                }
                return vector();
            default:
                throw new IllegalArgumentException(
                        MatrixKernels.PROPERTY + " must be plain|vector, got '" + forced + "'");
        }
    }

    static MatrixKernels vector() {
        MatrixKernels v = vector;
        if (v == null) {
            if (!vectorModulePresent()) {
                throw missingModule();
            }
            try {
                v = (MatrixKernels) Class.forName("lab.minimax.nn.VectorKernels")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("cannot load the Vector API kernels: " + e, e);
            }
            vector = v;
        }
        return v;
    }

    private static IllegalStateException missingModule() {
        return new IllegalStateException("the Vector API kernels need the module " + VECTOR_MODULE
                + ": run java with --add-modules " + VECTOR_MODULE
                + " (or -D" + MatrixKernels.PROPERTY + "=plain)");
    }
}

package lab.minimax.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The two network sizes of the canonical workload ({@code shared/bench/WORKLOAD.md}): G 2→w→…→w→2,
 * D 2→w→…→w→1 (ReLU between layers, affine output), B real + B fake rows per step.
 */
public enum Variant {
    /** 2-64-64-x, B = 256. */
    SMALL(64, 2, 256),
    /** 2-256-256-256-x, B = 512. */
    LARGE(256, 3, 512);

    /** Hidden width w. */
    public final int width;
    /** Number of hidden layers. */
    public final int depth;
    /** Batch B (real rows; as many fake rows). */
    public final int batch;

    Variant(int width, int depth, int batch) {
        this.width = width;
        this.depth = depth;
        this.batch = batch;
    }

    /** The hidden widths, input side first. */
    public int[] hidden() {
        int[] h = new int[depth];
        Arrays.fill(h, width);
        return h;
    }

    /** "small" / "large". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

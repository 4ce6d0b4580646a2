package lab.minimax.live.frame;

/**
 * One frame of the image view (image targets such as MNIST, instead of the 2D plane): a grid of
 * G(z) for a fixed set of z (one row per digit when the run is conditional), real digits beside
 * it, an interpolation strip G((1 − t)·z_a + t·z_b), each image with D's score (drawn as its
 * border colour), and, after a heavy pass, the class histogram of the generated samples against
 * the data's. A {@code null} component keeps what the browser shows. Arrays are not copied.
 *
 * @param scoreKind    how the scores are coloured: D̂ ∈ [0, 1] or an unbounded critic value
 * @param grid         G(z) for the fixed z, {@code gridRows × gridCols} images, row-major
 * @param gridRows     rows of the grid
 * @param gridCols     columns of the grid
 * @param rowLabels    conditional runs: the digit each grid row is generated for (else empty)
 * @param strip        G along the segment z_a → z_b, ends included
 * @param stripLabel   conditional runs: the digit the strip is generated for (else −1)
 * @param real         real training digits (pixels once per run, scores every frame)
 * @param realLabels   the digit of each real image
 * @param classCounts  generated samples per digit 0–9 that the classifier reads with confidence
 *                     (null: no new heavy pass)
 * @param classSamples generated samples classified (with {@code classCounts})
 * @param dataShares   the data's share of each digit 0–9 (null: keep)
 */
public record ImageFrame(HeatKind scoreKind, ImageSet grid, int gridRows, int gridCols, int[] rowLabels,
                         ImageSet strip, int stripLabel, ImageSet real, int[] realLabels,
                         int[] classCounts, int classSamples, float[] dataShares) {
    /** Image side in pixels (MNIST: 28). */
    public static final int SIDE = 28;
    /** Pixels per image. */
    public static final int PIXELS = SIDE * SIDE;
    /** Digits 0–9: the length of the class histograms. */
    public static final int CLASSES = 10;

    public ImageFrame {
        if (gridRows < 0 || gridCols < 0 || (grid != null && grid.count() != gridRows * gridCols)) {
            throw new IllegalArgumentException("an image grid of " + gridRows + " × " + gridCols + " needs as many images, got "
                    + (grid == null ? "none" : grid.count()));
        }
        if (rowLabels != null && rowLabels.length != 0 && rowLabels.length != gridRows) {
            throw new IllegalArgumentException("row labels need one per grid row (" + gridRows + "), got " + rowLabels.length);
        }
        if (real != null && (realLabels == null || realLabels.length != real.count())) {
            throw new IllegalArgumentException("real images need one label each");
        }
        if (classCounts != null && classCounts.length != CLASSES) {
            throw new IllegalArgumentException("the class histogram needs " + CLASSES + " counts, got " + classCounts.length);
        }
        if (dataShares != null && dataShares.length != CLASSES) {
            throw new IllegalArgumentException("the data's shares need " + CLASSES + " values, got " + dataShares.length);
        }
    }

    /** Whether the grid has one row per digit (a conditional run). */
    public boolean conditional() {
        return rowLabels != null && rowLabels.length > 0;
    }
}

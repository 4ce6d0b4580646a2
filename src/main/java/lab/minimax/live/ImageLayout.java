package lab.minimax.live;

import lab.minimax.live.frame.ImageFrame;

/**
 * How many images the image view shows: an unconditional run's grid of G(z) is 5 × 8 with one real
 * digit of each class beside it (two columns of five); a conditional run's has one row per digit,
 * 6 z each, with a real digit of the row's class beside each row; the interpolation strip has 10
 * images, ends included. The largest frame (a conditional run's first: 60 + 10 + 10 images) keeps
 * the stream under {@link lab.minimax.live.wire.ImageCoding#BYTES_PER_SECOND}.
 */
public final class ImageLayout {
    public static final int ROWS = 5;
    public static final int COLS = 8;
    public static final int CONDITIONAL_COLS = 6;
    public static final int STRIP = 10;

    private ImageLayout() {
    }

    public static int rows(boolean conditional) {
        return conditional ? ImageFrame.CLASSES : ROWS;
    }

    public static int cols(boolean conditional) {
        return conditional ? CONDITIONAL_COLS : COLS;
    }

    /** Real digits beside the grid: one a row when conditional, else one of each digit. */
    public static int real(boolean conditional) {
        return conditional ? rows(true) : ImageFrame.CLASSES;
    }

    /** Images of a frame that carries the real digits. */
    public static int images(boolean conditional) {
        return rows(conditional) * cols(conditional) + STRIP + real(conditional);
    }
}

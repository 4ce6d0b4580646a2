package lab.minimax.live.frame;

/** The region of the plane a chart shows, in data coordinates. */
public record ViewBox(double xMin, double xMax, double yMin, double yMax) {
    /**
     * The 2D view's margin around a target's box, as a fraction of its size on each side: the axes
     * and the heat and D* grids all cover the padded box.
     */
    public static final double VIEW_MARGIN = lab.minimax.gan.Probe.VIEW_MARGIN;

    public ViewBox {
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("view box needs xMin < xMax and yMin < yMax, got "
                    + xMin + ".." + xMax + " × " + yMin + ".." + yMax);
        }
    }

    /**
     * This box grown by {@code fraction} of its width and height on every side (a margin so that
     * points at the edge, such as ring8's modes, are drawn whole).
     */
    public ViewBox padded(double fraction) {
        double dx = (xMax - xMin) * fraction;
        double dy = (yMax - yMin) * fraction;
        return new ViewBox(xMin - dx, xMax + dx, yMin - dy, yMax + dy);
    }

    /** The square [−r, r]². */
    public static ViewBox square(double r) {
        return new ViewBox(-r, r, -r, r);
    }
}

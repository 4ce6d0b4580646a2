package lab.minimax.ui;

/** The region of the plane a chart shows, in data coordinates. */
public record ViewBox(double xMin, double xMax, double yMin, double yMax) {
    public ViewBox {
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("view box needs xMin < xMax and yMin < yMax, got "
                    + xMin + ".." + xMax + " × " + yMin + ".." + yMax);
        }
    }

    /** The square [−r, r]². */
    public static ViewBox square(double r) {
        return new ViewBox(-r, r, -r, r);
    }
}

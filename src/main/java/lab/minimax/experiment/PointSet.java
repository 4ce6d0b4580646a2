package lab.minimax.experiment;

import java.util.Arrays;

/**
 * A user-given 2D point set, stored flat as x0, y0, x1, y1, … (value semantics: equal
 * coordinates make equal sets).
 */
public record PointSet(double[] xy) {
    public PointSet {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("a point set holds pairs of coordinates");
        }
        xy = xy.clone();
    }

    public int size() {
        return xy.length / 2;
    }

    public double x(int i) {
        return xy[2 * i];
    }

    public double y(int i) {
        return xy[2 * i + 1];
    }

    @Override
    public double[] xy() {
        return xy.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointSet p && Arrays.equals(xy, p.xy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        return "PointSet[" + size() + " points]";
    }
}

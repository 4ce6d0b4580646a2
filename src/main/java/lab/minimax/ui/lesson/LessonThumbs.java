package lab.minimax.ui.lesson;

import lab.minimax.gan.DiracGan;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.LessonChart;
import lab.minimax.distribution.Box;
import lab.minimax.distribution.Target;
import lab.minimax.distribution.Targets;
import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.MnistSplit;
import lab.minimax.distribution.mnist.PixelScale;

import java.util.SplittableRandom;

/** The data of each lesson's thumbnail, computed from its preset (a fixed seed: the same picture every time). */
final class LessonThumbs {
    static final int SCATTER_POINTS = 500;
    static final int CURVE_POINTS = 120;
    static final int SPIRAL_STEPS = 160;

    /**
     * @param kind   "scatter" (x, y pairs), "curve" (x, p(x) pairs), "spiral" (θ, ψ pairs) or
     *               "digits" (28×28 images in [0, 1], one after the other)
     * @param points the pairs, interleaved
     * @param second a second set drawn in another colour (the alternating trajectory), or null
     */
    record Picture(String kind, float[] points, float[] second) {
    }

    private LessonThumbs() {
    }

    static Picture of(Lesson lesson) {
        if (lesson.chart() == LessonChart.DIRAC_FIELD) {
            return new Picture("spiral",
                    toFloat(DiracGan.trajectory(1, 0, DiracGan.Update.SIMULTANEOUS, 0.3, SPIRAL_STEPS)),
                    toFloat(DiracGan.trajectory(1, 0, DiracGan.Update.ALTERNATING, 0.3, SPIRAL_STEPS)));
        }
        if (lesson.config().target().isImage()) {
            return new Picture("digits", digits(), null);
        }
        Target t = Targets.create(lesson.config().target());
        if (t.dim() == 2) {
            double[] x = new double[2 * SCATTER_POINTS];
            t.sample(new SplittableRandom(lesson.number()), x, SCATTER_POINTS);
            return new Picture("scatter", toFloat(x), null);
        }
        Box b = t.box();
        double[] xy = new double[2 * CURVE_POINTS];
        double[] pt = new double[1];
        for (int i = 0; i < CURVE_POINTS; i++) {
            pt[0] = b.lo()[0] + (b.hi()[0] - b.lo()[0]) * i / (CURVE_POINTS - 1);
            xy[2 * i] = pt[0];
            xy[2 * i + 1] = t.density(pt, 0);
        }
        return new Picture("curve", toFloat(xy), null);
    }

    /** The first training digit of each class, 0 to 9. */
    static float[] digits() {
        MnistDigits all = MnistDigits.standard();
        int d = MnistDigits.PIXELS;
        float[] out = new float[MnistDigits.CLASSES * d];
        boolean[] found = new boolean[MnistDigits.CLASSES];
        for (int i : MnistSplit.standard().trainingIndices()) {
            int y = all.label(i);
            if (!found[y]) {
                found[y] = true;
                all.copyImage(i, PixelScale.UNIT, out, y * d);
            }
        }
        return out;
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }
}

package lab.minimax.ui.chart;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.TargetCatalog;
import lab.minimax.experiment.TargetDef;
import lab.minimax.live.frame.ImageFrame;

/** Which view draws a run: the 2D plane, the 1D line, or the image view (a target of 28×28 images). */
public enum ViewKind {
    PLANE, LINE, IMAGES;

    /** The view of {@code config}'s target (an unknown target: the plane, as before). */
    public static ViewKind of(ExperimentConfig config) {
        int dim = TargetCatalog.find(config.target().name()).map(TargetDef::dim).orElse(2);
        return dim == 1 ? LINE : dim == ImageFrame.PIXELS ? IMAGES : PLANE;
    }
}

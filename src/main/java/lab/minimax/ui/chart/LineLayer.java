package lab.minimax.ui.chart;

/** Layers of the 1D view, each toggled on or off. */
public enum LineLayer implements FrameChart.LayerId {
    TARGET("target", "target density p"),
    HIST("hist", "generator histogram"),
    KDE("kde", "generator KDE q̂"),
    D("d", "D̂(x) = r̂/(1+r̂)"),
    DSTAR("dstar", "D*(x)"),
    TICKS("ticks", "sample ticks"),
    MAP("map", "map z → x");

    private final FrameChart.LayerName layer;

    LineLayer(String id, String label) {
        layer = new FrameChart.LayerName(id, label);
    }

    /**
     * Whether the layer can be drawn at noise dimension {@code noiseDim}: the map z → x is a curve
     * only for one-dimensional noise (the probe computes it for dz = 1 only).
     */
    public boolean appliesAt(int noiseDim) {
        return this != MAP || noiseDim == 1;
    }

    /** The toggle's label at noise dimension {@code noiseDim}, saying why a layer that cannot apply is off. */
    public String labelAt(int noiseDim) {
        return appliesAt(noiseDim) ? label()
                : label() + " (needs noise dim 1, here " + noiseDim + ": G maps a " + noiseDim + "-D z to x)";
    }

    @Override
    public FrameChart.LayerName layerName() {
        return layer;
    }
}

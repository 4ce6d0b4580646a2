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

    @Override
    public FrameChart.LayerName layerName() {
        return layer;
    }
}

package lab.minimax.ui.chart;

/** Layers of the 2D view, each toggled on or off. */
public enum PlaneLayer implements FrameChart.LayerId {
    HEAT("heat", "D̂ = r̂/(1+r̂) or critic heatmap"),
    DSTAR("dstar", "D* contours"),
    DSTAR_HEAT("dstarheat", "D* heatmap (instead of D̂)"),
    REAL("real", "real samples"),
    FAKE("fake", "generated samples"),
    MANIFOLD("manifold", "generator manifold"),
    ARROWS("arrows", "generator gradient"),
    MODES("modes", "mode centres");

    private final FrameChart.LayerName layer;

    PlaneLayer(String id, String label) {
        layer = new FrameChart.LayerName(id, label);
    }

    @Override
    public FrameChart.LayerName layerName() {
        return layer;
    }
}

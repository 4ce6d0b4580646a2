package lab.minimax.ui.lab;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.PointSet;
import lab.minimax.live.NearestDigit;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import lab.minimax.ui.chart.ImageChart;
import lab.minimax.ui.chart.Line1dChart;
import lab.minimax.ui.chart.LineLayer;
import lab.minimax.ui.chart.ModelChart;
import lab.minimax.ui.chart.PlaneChart;
import lab.minimax.ui.chart.PlaneLayer;
import lab.minimax.ui.chart.ViewKind;
import lab.minimax.ui.draw.DrawBar;
import lab.minimax.ui.run.TransportBar;
import java.util.Set;

/**
 * The middle column of the lab page: the layer toggles, the draw tools and the 2D view (for 2D
 * targets and while drawing), the 1D view or the image view (image targets: a picked digit gets its
 * nearest training digit, {@link NearestDigit}).
 */
final class ViewColumn extends Div {
    final PlaneChart plane = new PlaneChart();
    final Line1dChart line = new Line1dChart();
    final ImageChart images = new ImageChart();
    final ModelChart model = new ModelChart();
    final CheckboxGroup<PlaneLayer> planeLayers = new CheckboxGroup<>("Layers");
    final CheckboxGroup<LineLayer> lineLayers = new CheckboxGroup<>("Layers");
    final DrawBar drawBar;

    /**
     * @param shown    the config shown now (its target decides 2D or 1D)
     * @param onPoints gets drawn or uploaded points to train on
     * @param limits   the server's limits (an uploaded point set respects them)
     */
    ViewColumn(Supplier<ExperimentConfig> shown, Consumer<PointSet> onPoints, Limits limits) {
        addClassName("lab-view");
        plane.addClassName("lab-canvas");
        line.addClassName("lab-canvas");
        images.addClassName("lab-canvas");
        images.addPickListener(p -> images.showNearest(p, NearestDigit.standard().nearest(p.pixels(), 0)));
        model.addClassName("lab-model");
        planeLayers.setItems(PlaneLayer.values());
        planeLayers.setItemLabelGenerator(PlaneLayer::label);
        planeLayers.setValue(plane.getLayers());
        planeLayers.addValueChangeListener(e -> plane.setLayers(e.getValue()));
        planeLayers.setTooltipText("Show or hide each layer of the plane.");
        lineLayers.setItems(LineLayer.values());
        lineLayers.setItemLabelGenerator(LineLayer::label);
        lineLayers.setValue(line.getLayers());
        lineLayers.addValueChangeListener(e -> line.setLayers(e.getValue()));
        lineLayers.setTooltipText("Show or hide each curve of the 1D view.");
        for (CheckboxGroup<?> g : List.of(planeLayers, lineLayers)) {
            g.addClassName("lab-layers");
        }
        drawBar = new DrawBar(plane, onPoints, drawing -> showFor(shown.get()), limits);
        add(planeLayers, lineLayers, drawBar, plane, line, images, model);
    }

    /** The 2D view for 2D targets and while drawing, else the 1D or the image view. */
    void showFor(ExperimentConfig config) {
        ViewKind kind = drawBar.isDrawing() ? ViewKind.PLANE : ViewKind.of(config);
        plane.setVisible(kind == ViewKind.PLANE);
        planeLayers.setVisible(kind == ViewKind.PLANE);
        line.setVisible(kind == ViewKind.LINE);
        lineLayers.setVisible(kind == ViewKind.LINE);
        images.setVisible(kind == ViewKind.IMAGES);
        int dz = config.noise().dim();
        lineLayers.setItemEnabledProvider(l -> l.appliesAt(dz));
        lineLayers.setItemLabelGenerator(l -> l.labelAt(dz));
        model.setConfig(config);
    }

    /** {@code _hide}: the layer toggles ("layers") and the draw tools ("draw"). */
    void hide(Set<String> hidden) {
        planeLayers.getElement().getStyle().set("display", hidden.contains("layers") ? "none" : null);
        lineLayers.getElement().getStyle().set("display", hidden.contains("layers") ? "none" : null);
        drawBar.setVisible(!hidden.contains("draw"));
    }

    /** The model overview lights the phase of the step button pressed (Step D, Step G; neither while playing). */
    void lightPhases(TransportBar transport) {
        transport.stepD.addClickListener(e -> model.setPhase(ModelChart.Phase.D));
        transport.stepG.addClickListener(e -> model.setPhase(ModelChart.Phase.G));
        transport.step.addClickListener(e -> model.setPhase(ModelChart.Phase.G));
        transport.reset.addClickListener(e -> model.setPhase(ModelChart.Phase.NONE));
    }

    /** Saves the view on screen (2D, 1D or images) as a PNG in the browser. */
    void downloadPng() {
        if (plane.isVisible()) {
            plane.downloadPng("minimax-lab-2d.png");
        } else if (images.isVisible()) {
            images.downloadPng("minimax-lab-images.png");
        } else {
            line.downloadPng("minimax-lab-1d.png");
        }
    }
}

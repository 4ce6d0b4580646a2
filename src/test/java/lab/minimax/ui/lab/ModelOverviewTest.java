package lab.minimax.ui.lab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import lab.minimax.ui.chart.LineLayer;
import lab.minimax.ui.chart.ModelChart;
import lab.minimax.ui.run.KaribuRunPanelTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model overview shows the networks of the config in the link and lights Step D / Step G; map z → x says when it cannot apply. */
class ModelOverviewTest extends KaribuRunPanelTest {
    private static LabView open(String query) {
        UI.getCurrent().navigate(LabView.class, QueryParameters.fromString(query));
        return _get(LabView.class);
    }

    @Test
    void layerSizesComeFromTheConfigsNetworks() {
        open("target.name=ring8&noise.dim=3&generator.hidden=16,8&discriminator.hidden=12");
        ModelChart m = _get(ModelChart.class);
        assertEquals(List.of(3, 16, 8, 2), m.generatorSizes(), "noise dim → hidden → data dim");
        assertEquals(List.of(2, 12, 1), m.discriminatorSizes(), "data dim → hidden → 1");
        assertEquals("3 → 16 → 8 → 2", m.getElement().getProperty("generator"));
        assertEquals("2 → 12 → 1", m.getElement().getProperty("discriminator"));
    }

    @Test
    void aOneDimensionalTargetEndsGInOne() {
        open("target.name=gaussian&noise.dim=1&generator.hidden=5");
        assertEquals(List.of(1, 5, 1), _get(ModelChart.class).generatorSizes());
    }

    @Test
    void stepDAndStepGLightTheirPhase() {
        LabView v = open("target.name=ring8");
        ModelChart m = _get(ModelChart.class);
        assertEquals(ModelChart.Phase.NONE, m.getPhase());
        v.transport().stepD.click();
        assertEquals(ModelChart.Phase.D, m.getPhase());
        assertEquals("d", m.getElement().getProperty("phase"));
        v.transport().stepG.click();
        assertEquals(ModelChart.Phase.G, m.getPhase());
        assertEquals("g", m.getElement().getProperty("phase"));
    }

    @Test
    void mapZToXIsOffWithItsReasonAtNoiseDimTwo() {
        open("target.name=gaussian&noise.dim=2");
        ViewColumn view = _get(ViewColumn.class);
        assertFalse(view.lineLayers.getItemEnabledProvider().test(LineLayer.MAP), "cannot be drawn for 2-D noise");
        String label = view.lineLayers.getItemLabelGenerator().apply(LineLayer.MAP);
        assertTrue(label.contains("needs noise dim 1"), label);
        assertTrue(view.lineLayers.getItemEnabledProvider().test(LineLayer.KDE), "the other layers stay on");
    }

    @Test
    void mapZToXIsOnAtNoiseDimOne() {
        open("target.name=gaussian&noise.dim=1");
        ViewColumn view = _get(ViewColumn.class);
        assertTrue(view.lineLayers.getItemEnabledProvider().test(LineLayer.MAP));
        assertEquals("map z → x", view.lineLayers.getItemLabelGenerator().apply(LineLayer.MAP));
    }
}

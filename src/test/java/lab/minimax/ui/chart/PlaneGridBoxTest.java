package lab.minimax.ui.chart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lab.minimax.live.TestFrames;
import lab.minimax.live.frame.PlaneFrame;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The heat and D* grids cover the whole plotted box (issue 13: not ±2.1 inside axes to ±2.6). */
class PlaneGridBoxTest {
    @Test
    void theGridsCoverTheView() {
        PlaneFrame p = TestFrames.plane("ring8-gan", 5);
        ObjectNode o = PlaneChart.toJson(1, p);
        for (int i = 0; i < 4; i++) {
            assertEquals(o.get("box").get(i).asDouble(), o.get("gridBox").get(i).asDouble(), 0, "edge " + i);
        }
        // ring8: target box ±2.1, the view ±2.1·(1 + 2·0.12) = ±2.604
        assertEquals(2.604, o.get("box").get(1).asDouble(), 1e-5);
    }
}

package lab.minimax.ui.run;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import lab.minimax.experiment.preset.Presets;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.ui.chart.MetricChart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status line shows the rates only while the run trains; a paused run does not keep its last rates. */
class StatusLineTest extends KaribuRunPanelTest {
    @Test
    void afterPauseTheStatusShowsNoRates() throws InterruptedException {
        RunPanel panel = new RunPanel(EngineLiveRunFactory.standalone(), Presets.get("ring8-gan").config(),
                List.of(MetricChart.LOSSES));
        UI.getCurrent().add(panel);
        try {
            panel.play();
            // a deadline against a hang on a loaded machine, not a timing assertion
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!panel.status().getText().contains("steps/s · ") && System.nanoTime() < deadline) {
                Thread.sleep(20);
                MockVaadin.runUIQueue();
            }
            String running = panel.status().getText();
            assertTrue(running.contains("steps/s") && running.endsWith("running"), running);
            panel.pause();
            MockVaadin.runUIQueue();
            String paused = panel.status().getText();
            assertTrue(paused.endsWith("paused"), paused);
            assertFalse(paused.contains("steps/s") || paused.contains("frames/s"), paused);
        } finally {
            panel.run().close();
        }
    }
}

package lab.minimax.ui.lab;

import lab.minimax.experiment.ExperimentConfig;
import lab.minimax.experiment.Limits;
import lab.minimax.experiment.NetworkSpec;
import lab.minimax.experiment.config.ConfigJson;
import lab.minimax.live.EngineLiveRunFactory;
import lab.minimax.training.RunGate;
import lab.minimax.training.RunLimits;
import lab.minimax.training.RunSlots;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import and CSV upload read under the server's limits, as the link does (not under the engine's defaults). */
class LabInputLimitsTest extends LabPageFixture {
    /** A server narrower than the engine's defaults: width 32, depth 2, 10 points. */
    private static final Limits NARROW = new Limits(32, 2, 4096, 16, 10, 10);

    private LabView open(Limits limits) {
        return open(new EngineLiveRunFactory(scheduler, registry, new RunGate(RunLimits.NONE, registry),
                RunSlots.unlimited(), limits), "");
    }

    @Test
    void anImportedConfigOverTheServersLimitsIsRefusedWithTheFieldAndTheLimitNamed() {
        LabView view = open(NARROW);
        ExperimentConfig shown = view.form().getConfig();
        ExperimentConfig wide = shown.withNetworks(shown.noise(), new NetworkSpec(java.util.List.of(64, 64),
                shown.generator().activation()), shown.discriminator());
        assertTrue(wide.generator().hidden().get(0) > NARROW.maxWidth());
        view.transferBar().configUploaded("wide.json", ConfigJson.write(wide).getBytes(StandardCharsets.UTF_8));
        String msg = view.transferBar().messageText();
        assertTrue(msg.startsWith("wide.json was not opened"), msg);
        assertTrue(msg.contains("generator.hidden"), msg);
        assertTrue(msg.contains("max-width = 32"), msg);
        assertEquals(shown, view.form().getConfig(), "the page keeps its config");

        // the same file is opened by a server whose limits allow it
        LabView wideServer = open(Limits.DEFAULTS);
        wideServer.transferBar().configUploaded("wide.json", ConfigJson.write(wide).getBytes(StandardCharsets.UTF_8));
        assertEquals("", wideServer.transferBar().messageText());
        assertEquals(wide, wideServer.form().getConfig());
    }

    @Test
    void anUploadedPointSetOverTheServersMaxPointsIsRefusedWithTheLimitNamed() {
        LabView view = open(NARROW);
        ExperimentConfig shown = view.form().getConfig();
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 20; i++) {
            csv.append(0.1 * i).append(',').append(-0.1 * i).append('\n');
        }
        byte[] twenty = csv.toString().getBytes(StandardCharsets.UTF_8);
        view.drawBar().csvUploaded("twenty.csv", twenty);
        String msg = view.drawBar().messageText();
        assertTrue(msg.contains("twenty.csv") && msg.contains("at most 10"), msg);
        assertEquals(shown, view.form().getConfig(), "the page keeps its target");

        LabView wideServer = open(Limits.DEFAULTS);
        wideServer.drawBar().csvUploaded("twenty.csv", twenty);
        assertEquals(20, wideServer.form().getConfig().target().points().size());
    }
}

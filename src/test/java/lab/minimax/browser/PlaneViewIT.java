package lab.minimax.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2D view reads like GAN Lab (issue 13): a legend beside the plot that follows the layer
 * toggles, a heatmap over the whole plotted box, the model overview with the config's layer sizes
 * and the phase of Step D / Step G, and "map z → x" off with its reason at noise dim 2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSupport.ONE_CLIENT_MANY_SESSIONS)
@DirtiesContext
class PlaneViewIT extends BrowserTestBase {

    private Page open(String query, List<String> errors) {
        return open(1400, 900, query, errors);
    }

    /** The plot's box in page coordinates (the canvas's data-plot, offset by the component's box). */
    private static double[] plot(Page page) {
        Locator plane = page.locator("mm-plane");
        BoundingBox host = plane.boundingBox();
        String[] p = plane.getAttribute("data-plot").split(",");
        return new double[] {host.x + Double.parseDouble(p[0]), host.y + Double.parseDouble(p[1]),
                Double.parseDouble(p[2]), Double.parseDouble(p[3])};
    }

    private static boolean intersects(BoundingBox b, double[] r) {
        return b.x < r[0] + r[2] && r[0] < b.x + b.width && b.y < r[1] + r[3] && r[1] < b.y + b.height;
    }

    @Test
    void theLegendListsTheDrawnLayersBesideThePlotAndFollowsTheToggles() {
        List<String> errors = new ArrayList<>();
        Page page = open("?_preset=ring8-gan", errors);
        page.locator("mm-plane[data-seq]").waitFor();
        Locator legend = page.locator("mm-plane .legend");
        assertThat(legend.locator("li[data-layer=real]")).isVisible();
        for (String layer : List.of("heat", "real", "fake", "modes", "manifold", "arrows")) {
            assertThat(legend.locator("li[data-layer=" + layer + "]").first()).isVisible();
        }
        assertThat(legend).containsText("real samples");
        assertThat(legend).containsText("generated samples");
        assertThat(legend).containsText("D(x)");
        assertThat(legend).containsText("mode covered");
        assertThat(legend).containsText("mode missed");
        assertFalse(intersects(legend.boundingBox(), plot(page)), "the legend must not cover the plot");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "plane-view.png")));

        page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("real samples")).locator("input").click();
        assertThat(legend.locator("li[data-layer=real]")).hasCount(0);
        assertThat(legend.locator("li[data-layer=fake]")).isVisible();
        assertTrue(errors.isEmpty(), errors.toString());
        page.close();
    }

    @Test
    void theHeatmapFillsTheWholePlottedBox() {
        List<String> errors = new ArrayList<>();
        Page page = open("?_preset=ring8-gan", errors);
        page.locator("mm-plane[data-seq]").waitFor();
        // a pixel 4 px inside each corner of the plot (inside the frame line): the heatmap, not the white ground
        Object white = page.locator("mm-plane").evaluate("el => {"
                + " const [x, y, w, h] = el.dataset.plot.split(',').map(Number);"
                + " const c = el.shadowRoot.querySelector('canvas'); const ctx = c.getContext('2d');"
                + " const k = c.width / c.clientWidth;"
                + " const at = (X, Y) => Array.from(ctx.getImageData(Math.round(X * k), Math.round(Y * k), 1, 1).data);"
                + " return [at(x + 4, y + 4), at(x + w - 5, y + 4), at(x + 4, y + h - 5), at(x + w - 5, y + h - 5)]"
                + "   .filter(p => p[0] === 255 && p[1] === 255 && p[2] === 255).length; }");
        assertEquals(0, ((Number) white).intValue(), "corners of the plot left white (no heatmap there)");
        assertTrue(errors.isEmpty(), errors.toString());
        page.close();
    }

    @Test
    void theModelOverviewShowsTheLinksNetworksAndLightsThePhase() {
        List<String> errors = new ArrayList<>();
        Page page = open("?target.name=ring8&noise.dim=3&generator.hidden=24,12&discriminator.hidden=20", errors);
        page.locator("mm-plane[data-seq]").waitFor();
        Locator model = page.locator("mm-model");
        assertThat(model.locator("[data-part=g]")).containsText("3 → 24 → 12 → 2");
        assertThat(model.locator("[data-part=d]")).containsText("2 → 20 → 1");
        assertFalse(intersects(model.boundingBox(), plot(page)), "the overview must not cover the plot");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Step D").setExact(true)).click();
        assertThat(model).hasAttribute("phase", "d");
        assertThat(model.locator("[data-part=x-d].on")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Step G").setExact(true)).click();
        assertThat(model).hasAttribute("phase", "g");
        assertThat(model.locator("[data-part=z-g].on")).hasCount(1);
        assertThat(model.locator("[data-part=x-d].on")).hasCount(0);
        assertTrue(errors.isEmpty(), errors.toString());
        page.close();
    }

    @Test
    void mapZToXIsDisabledWithItsReasonAtNoiseDimTwo() {
        List<String> errors = new ArrayList<>();
        Page page = open("?target.name=gaussian&noise.dim=2", errors);
        page.locator("mm-line1d[data-seq]").waitFor();
        Locator map = page.locator("vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("map z → x"));
        assertThat(map).hasAttribute("disabled", "");
        assertThat(map).containsText("needs noise dim 1");
        assertTrue(errors.isEmpty(), errors.toString());
        page.close();
    }
}

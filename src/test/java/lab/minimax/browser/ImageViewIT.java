package lab.minimax.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import lab.minimax.distribution.mnist.MnistDigits;
import lab.minimax.distribution.mnist.MnistSplit;
import lab.minimax.live.frame.HeatKind;
import lab.minimax.live.frame.ImageFrame;
import lab.minimax.live.frame.ImageSet;
import lab.minimax.ui.chart.ImageChart;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image view in Chromium (issue 14): a frame's digits are painted pixel for pixel, each
 * generated digit is a button named by its score, the view's structure passes the axe scan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSupport.ONE_CLIENT_MANY_SESSIONS)
@DirtiesContext
class ImageViewIT extends BrowserTestBase {
    /** axe's structure rules held at 0 besides the serious and critical ones (as SharedServerIT). */
    private static final Set<String> STRUCTURE = Set.of("landmark-one-main", "region", "heading-order");

    /** {@code n} training digits from the k-th on, with scores spread over [0, 1]. */
    private static ImageSet digits(int from, int n, SplittableRandom rng) {
        MnistDigits d = MnistDigits.standard();
        MnistSplit split = MnistSplit.standard();
        byte[] px = new byte[n * ImageFrame.PIXELS];
        float[] s = new float[n];
        for (int k = 0; k < n; k++) {
            int i = split.training(from + k * 97);
            for (int p = 0; p < ImageFrame.PIXELS; p++) {
                px[k * ImageFrame.PIXELS + p] = (byte) d.pixelByte(i, p / 28, p % 28);
            }
            s[k] = (float) rng.nextDouble();
        }
        return new ImageSet(n, px, s);
    }

    static ImageFrame sampleFrame() {
        SplittableRandom rng = new SplittableRandom(14);
        int[] realLabels = new int[10];
        for (int i = 0; i < 10; i++) {
            realLabels[i] = MnistDigits.standard().label(MnistSplit.standard().training(2000 + i * 97));
        }
        return new ImageFrame(HeatKind.PROBABILITY, digits(0, 40, rng), 5, 8, new int[0], digits(1000, 10, rng), -1,
                digits(2000, 10, rng), realLabels, new int[] {90, 110, 95, 100, 105, 92, 99, 101, 97, 95}, 1000,
                new float[] {0.098f, 0.112f, 0.099f, 0.101f, 0.098f, 0.09f, 0.1f, 0.104f, 0.097f, 0.101f});
    }

    /** The lab page with its image view shown and given {@code frame} (as the server would send it). */
    private Page withFrame(ImageFrame frame, List<String> errors) {
        Page page = open(1366, 768, "", errors);
        page.locator("mm-plane[data-seq]").waitFor();
        page.evaluate("json => { const p = document.querySelector('mm-plane'); p.hidden = true;"
                + " const v = document.querySelector('mm-images'); v.hidden = false; v.classList.add('lab-canvas'); v.setFrame(JSON.parse(json)); }",
                ImageChart.toJson(41, frame).toString());
        page.locator("mm-images[data-seq='41']").waitFor();
        return page;
    }

    @Test
    void theDigitsArePaintedPixelForPixelAndEachIsAButtonNamedByItsScore() {
        List<String> errors = new ArrayList<>();
        ImageFrame f = sampleFrame();
        Page page = withFrame(f, errors);
        for (int k : new int[] {0, 17, 39}) {
            @SuppressWarnings("unchecked")
            List<Number> grey = (List<Number>) page.locator("mm-images").evaluate("(el, k) => {"
                    + " const c = el.shadowRoot.querySelector(`canvas[data-set=grid][data-index='${k}']`);"
                    + " const d = c.getContext('2d').getImageData(0, 0, 28, 28).data;"
                    + " return Array.from({ length: 784 }, (_, p) => d[4 * p]); }", k);
            for (int p = 0; p < ImageFrame.PIXELS; p++) {
                assertEquals(f.grid().pixels()[k * ImageFrame.PIXELS + p] & 0xFF, grey.get(p).intValue(),
                        "grid image " + k + " pixel " + p);
            }
        }
        Locator cells = page.locator("mm-images button.cell");
        assertThat(cells).hasCount(50);
        String label = cells.first().getAttribute("aria-label");
        assertTrue(label.contains(String.format(java.util.Locale.ROOT, "D̂ %.2f", f.grid().scores()[0])), label);
        assertThat(page.locator("mm-images .real .cell")).hasCount(10);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "image-view-component.png")));
        assertTrue(errors.isEmpty(), errors.toString());
        page.close();
    }

    @Test
    void theImageViewPassesTheAxeScan() {
        List<String> errors = new ArrayList<>();
        Page page = withFrame(sampleFrame(), errors);
        AxeResults r = new AxeBuilder(page).analyze();
        List<String> found = new ArrayList<>();
        for (Rule v : r.getViolations()) {
            if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact()) || STRUCTURE.contains(v.getId())) {
                found.add(v.getId() + " (" + v.getImpact() + ": " + v.getNodes().stream().limit(3)
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(" | ")) + ")");
            }
        }
        System.out.println("ImageViewIT axe: " + r.getPasses().size() + " rules passed, " + r.getViolations().size()
                + " violated: " + r.getViolations().stream().map(v -> v.getId() + "(" + v.getImpact() + ")")
                .collect(Collectors.joining(", ")));
        assertTrue(r.getPasses().size() > 10, "axe ran only " + r.getPasses().size() + " rules");
        assertTrue(found.isEmpty(), String.join("\n", found));
        assertTrue(errors.isEmpty(), errors.toString());
        page.close();
    }
}

package lab.minimax.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.Lessons;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Re-takes the screenshots in {@code docs/} from a running lab (not a test: run it by hand after a
 * visible change, then look at each picture): the lab at 1366×768 and 1920×1080 after a few
 * seconds of training, every lesson and the comparison at 1366×768, and the image view of the
 * {@code mnist-gan} preset 0, 10 and 60 s after Play ({@code image-view-0s.png} …; a third
 * argument {@code images} takes only these).
 * <pre>
 * java -jar target/minimax-lab.jar &amp;
 * ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) lab.minimax.browser.DocsScreenshots http://localhost:8080/ docs
 * </pre>
 */
public final class DocsScreenshots {
    private DocsScreenshots() {
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        Path out = Paths.get(args.length > 1 ? args[1] : "docs");
        try (BrowserSupport.Chromium c = new BrowserSupport.Chromium()) {
            shootImageView(c.browser, base, out);
            if (args.length > 2 && args[2].equals("images")) {
                return;
            }
            shoot(c.browser, base, "", 1366, 768, out.resolve("lab-1366.png"), 6_000);
            shoot(c.browser, base, "", 1920, 1080, out.resolve("lab-1920.png"), 6_000);
            shoot(c.browser, base, "compare", 1366, 768, out.resolve("compare.png"), 6_000);
            shoot(c.browser, base, "lessons", 1366, 768, out.resolve("lessons.png"), 0);
            for (Lesson l : Lessons.all()) {
                shoot(c.browser, base, "lesson/" + l.id(), 1366, 768, out.resolve("lesson-" + l.id() + ".png"), 6_000);
            }
        }
    }

    /** The mnist-gan preset's image view at 1366×768, 0, 10 and 60 s after Play (training on between the shots). */
    private static void shootImageView(Browser browser, String base, Path out) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768));
        page.setDefaultTimeout(30_000);
        page.navigate(base + "?_preset=mnist-gan");
        page.locator("mm-images[data-seq]").waitFor();
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("image-view-0s.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play").setExact(true)).first().click();
        long play = System.nanoTime();
        for (int s : new int[] {10, 60}) {
            page.waitForTimeout(Math.max(0, s * 1000 - (System.nanoTime() - play) / 1_000_000));
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("image-view-" + s + "s.png")));
            System.out.println(out.resolve("image-view-" + s + "s.png") + " (" + page.locator("#status").textContent() + ")");
        }
        page.close();
    }

    private static void shoot(Browser browser, String base, String path, int w, int h, Path file, int trainMs) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(w, h));
        page.setDefaultTimeout(30_000);
        page.navigate(base + path);
        page.locator("#status, h1, a.mm-lesson-card").first().waitFor();
        if (trainMs > 0) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play").setExact(true)).first().click();
            page.waitForTimeout(trainMs);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause").setExact(true)).first().click();
        }
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        System.out.println(file + " (" + w + "×" + h + ", " + base + path + ")");
        page.close();
    }
}

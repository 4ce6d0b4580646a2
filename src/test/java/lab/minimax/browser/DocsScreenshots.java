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
 * seconds of training, every lesson and the comparison at 1366×768.
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
            shoot(c.browser, base, "", 1366, 768, out.resolve("lab-1366.png"), 6_000);
            shoot(c.browser, base, "", 1920, 1080, out.resolve("lab-1920.png"), 6_000);
            shoot(c.browser, base, "compare", 1366, 768, out.resolve("compare.png"), 6_000);
            shoot(c.browser, base, "lessons", 1366, 768, out.resolve("lessons.png"), 0);
            for (Lesson l : Lessons.all()) {
                shoot(c.browser, base, "lesson/" + l.id(), 1366, 768, out.resolve("lesson-" + l.id() + ".png"), 6_000);
            }
        }
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

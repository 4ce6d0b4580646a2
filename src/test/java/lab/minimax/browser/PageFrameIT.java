package lab.minimax.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import lab.minimax.lesson.Lesson;
import lab.minimax.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frame around every page (issue 13): the navigation bar, the styled 400 page, the lab header
 * at 1366×768, {@code _hide=charts} without a blank column, presentation mode without clipped
 * labels, and formulas that stay inside their container at 800×900.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSupport.ONE_CLIENT_MANY_SESSIONS)
@DirtiesContext
class PageFrameIT extends BrowserTestBase {

    private Page open(int width, int height, String path, String waitFor) {
        Page page = newPage(new Browser.NewPageOptions().setViewportSize(width, height), null);
        page.navigate(url(path));
        page.locator(waitFor).first().waitFor();
        return page;
    }

    @Test
    void everyPageHasTheNavigationBarWithTheCurrentPageMarked() {
        String lesson = "/lesson/" + Lessons.all().get(0).id();
        Map<String, String> current = Map.of("/", "Lab", "/lessons", "Lessons", "/compare", "Compare",
                lesson, "Lessons", "/no-such-page", "");
        for (Map.Entry<String, String> e : current.entrySet()) {
            Page page = open(1366, 768, e.getKey(), "body vaadin-button, body a");
            Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Site"));
            nav.waitFor();
            for (String name : List.of("Lab", "Lessons", "Compare")) {
                Locator link = nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
                assertEquals(1, link.count(), e.getKey() + ": link " + name);
                String aria = link.getAttribute("aria-current");
                if (name.equals(e.getValue())) {
                    assertTrue(aria != null, e.getKey() + ": " + name + " is marked current");
                } else {
                    assertEquals(null, aria, e.getKey() + ": " + name + " is not marked current");
                }
            }
            page.close();
        }
    }

    @Test
    void hideNavRemovesTheBarAndIsNoUnknownName() {
        for (String path : List.of("/", "/lessons", "/compare")) {
            for (String hide : List.of("", "_hide=nav")) {
                String url = path + (hide.isEmpty() ? "" : "?" + hide);
                Page page = open(1366, 768, url, "vaadin-button, a");
                page.waitForTimeout(300);
                assertEquals(hide.isEmpty() ? 1 : 0, page.getByRole(AriaRole.NAVIGATION,
                        new Page.GetByRoleOptions().setName("Site")).count(), url + ": navigation bar shown");
                assertTrue(!page.locator("body").innerText().contains("cannot hide"), url + ": nav is a known _hide name");
                page.close();
            }
        }
    }

    @Test
    void anOversizeAddressGetsTheLabsStyled400Page() throws Exception {
        String query = "a=" + "x".repeat(20_000);
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                r.headers().firstValue("Content-Type").orElse("(none)"));
        String body = r.body();
        assertTrue(body.contains("<title>Address too long · Minimax Lab</title>"), body);
        assertTrue(body.contains("16 KB"), body);
        assertTrue(body.contains("href=\"/\""), body);
        assertTrue(!body.contains("Apache Tomcat"), body);
    }

    @Test
    void theLabHeaderKeepsOneRowAndTheStatusStaysPutWhileTraining() {
        for (String query : List.of("?_preset=ring8-gan", "?_preset=ring8-gan&_present=1")) {
            Page page = open(1366, 768, "/" + query, "mm-plane[data-seq]");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play").setExact(true)).click();
            List<Object> samples = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                page.waitForTimeout(300);
                samples.add(page.evaluate("() => { const tops = new Set([...document.querySelectorAll('.lab-head vaadin-button')]"
                        + ".map(b => Math.round(b.getBoundingClientRect().top)));"
                        + " const r = document.getElementById('status').getBoundingClientRect();"
                        + " return 'button rows ' + tops.size + ', status at ' + Math.round(r.top) + ',' + Math.round(r.left); }"));
            }
            System.out.println("PageFrameIT: header " + query + ": " + samples.get(0));
            assertEquals(1, samples.stream().distinct().count(), query + ": the header keeps its layout: " + samples);
            assertTrue(samples.get(0).toString().startsWith("button rows 1,"), query + ": one row of buttons: " + samples);
            page.close();
        }
    }

    @Test
    void hiddenChartsLeaveNoBlankColumn() {
        Page page = open(1366, 768, "/?_hide=charts", "mm-plane[data-seq]");
        Number blank = (Number) page.evaluate("() => { const right = Math.max("
                + "...[...document.querySelectorAll('.lab > *')].filter(e => e.offsetParent !== null"
                + " && !e.classList.contains('lab-head')).map(e => e.getBoundingClientRect().right));"
                + " return document.documentElement.clientWidth - right; }");
        System.out.println("PageFrameIT: blank right of the columns with _hide=charts: " + blank + " px");
        assertTrue(blank.doubleValue() < 50, "blank space right of the columns: " + blank + " px");
        page.close();
    }

    @Test
    void presentationModeClipsNoLabel() {
        Page page = open(1366, 768, "/?_present=1", "mm-plane[data-seq]");
        page.waitForTimeout(500);
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) page.evaluate("() => { const out = [];"
                + " const walk = (root) => root.querySelectorAll('*').forEach(e => {"
                + "   if (['MM-SERIES', 'MM-PLANE', 'MM-LINE1D', 'CANVAS', 'SVG', 'VAADIN-SELECT-OVERLAY'].includes(e.tagName)) return;"
                + "   const hasText = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())"
                + "     || (e.tagName === 'SLOT' && e.assignedNodes().some(n => (n.textContent || '').trim()))"
                + "     || ((e.getAttribute('part') || '').includes('label'));"
                + "   const hiddenOnPurpose = getComputedStyle(e).clip.startsWith('rect');"
                + "   if (hasText && !hiddenOnPurpose && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'auto'"
                + "       && getComputedStyle(e).overflowX !== 'scroll')"
                + "     out.push((e.getRootNode().host ? e.getRootNode().host.tagName + ' ' : '') + e.tagName + '.'"
                + "       + (e.getAttribute('part') || e.className) + ' \\'' + (e.textContent"
                + "       || (e.getRootNode().host && e.getRootNode().host.textContent) || '').trim().slice(0, 30) + '\\' '"
                + "       + e.scrollWidth + '>' + e.clientWidth);"
                + "   if (e.shadowRoot) walk(e.shadowRoot); });"
                + " ['.lab-head', '.lab-form', '.lab-view'].forEach(s => { const r = document.querySelector(s); if (r) walk(r); });"
                + " return out; }");
        assertEquals(List.of(), clipped, "clipped labels in presentation mode at 1366");
        page.close();
    }

    @Test
    void formulasStayInsideTheirContainerAt800And1366() {
        List<String> wide = new ArrayList<>();
        for (Lesson l : Lessons.all()) {
          for (int width : new int[] {800, 1366}) {
            Page page = open(width, width == 800 ? 900 : 768, "/lesson/" + l.id(), ".katex-display");
            page.waitForTimeout(300);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate("() => { const out = [];"
                    + " document.querySelectorAll('.katex-display').forEach(d => {"
                    + "   const r = d.getBoundingClientRect(), p = d.parentElement.getBoundingClientRect();"
                    + "   const scrolls = ['auto', 'scroll'].includes(getComputedStyle(d).overflowX);"
                    + "   if (r.width > p.width + 1 || r.right > p.right + 1 || r.right > innerWidth"
                    + "       || (d.scrollWidth > d.clientWidth + 1 && !scrolls))"
                    + "     out.push(Math.round(d.scrollWidth) + '>' + Math.round(d.clientWidth) + ' in ' + Math.round(p.width)); });"
                    + " if (document.documentElement.scrollWidth > innerWidth + 1) out.push('page ' + document.documentElement.scrollWidth);"
                    + " return out; }");
            System.out.println("PageFrameIT: formulas " + l.id() + " at " + width + ": " + page.evaluate(
                    "() => [...document.querySelectorAll('mm-tex')].map(t => { const d = t.querySelector('.katex-display');"
                    + " if (!d) return 'none'; const w0 = d.style.width; d.style.width = 'max-content';"
                    + " const natural = d.getBoundingClientRect().width; d.style.width = w0;"
                    + " return Math.round(natural) + '/' + Math.round(t.clientWidth)"
                    + " + '/' + Math.round(t.parentElement.clientWidth); }).join(' ')"));
            found.forEach(f -> wide.add(l.id() + " at " + width + ": " + f));
            page.close();
          }
        }
        assertEquals(List.of(), wide, "formulas wider than their container at 800×900");
    }
}

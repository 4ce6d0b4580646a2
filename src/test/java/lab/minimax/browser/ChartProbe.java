package lab.minimax.browser;

import com.microsoft.playwright.Page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the lab's charts hold, read in the page: whether every shown chart over steps has drawn a point
 * (a finite value in its uPlot data, or an ∞ marker), and whether the 1D view's heavy layers
 * (histogram, q̂, D*) have left the picture they had at step 0.
 */
final class ChartProbe {
    /** The 1D view's layers that come from the heavy pass. */
    static final List<String> HEAVY_1D = List.of("hist", "kde", "dstar");

    /** JS: whether the {@code mm-series} element {@code c} has drawn a point (a finite value or an ∞ marker). */
    private static final String DRAWN = "const drawn = c => !!c.plot && (!!c.querySelector('.mm-inf-mark')"
            + " || c.plot.data.slice(1).some(col => col.some(v => v != null && Number.isFinite(v))));";

    private ChartProbe() {
    }

    /**
     * Remembers the 1D view's heavy layers as they are now, and the time of the next click on any
     * button (in the page's clock), so that a later {@link #msToFirstPoints} measures from it.
     */
    static void markBeforePlay(Page page) {
        page.evaluate("layers => { const l = document.querySelector('mm-line1d');"
                + " window.__mmStep0 = {}; for (const k of layers) window.__mmStep0[k] = l && l[k] ? Array.from(l[k]) : null;"
                + " window.__mmPlay = undefined;"
                + " document.addEventListener('click', () => { if (window.__mmPlay === undefined) window.__mmPlay = performance.now(); },"
                + " { capture: true }); }", HEAVY_1D);
    }

    /**
     * Milliseconds from the click after {@link #markBeforePlay} until each shown chart over steps
     * had a drawn point and each heavy layer of a shown 1D view had changed (by title or layer
     * name; "all" is the latest of them); waits up to {@code timeoutMs}.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Double> msToFirstPoints(Page page, double timeoutMs) {
        Object ms = page.waitForFunction("layers => {"
                + " if (window.__mmPlay === undefined) return false;"
                + " const first = window.__mmFirst = window.__mmFirst || {}; const t = performance.now() - window.__mmPlay;"
                + DRAWN
                + " const charts = [...document.querySelectorAll('mm-series')].filter(c => c.offsetParent !== null);"
                + " let all = charts.length > 0;"
                + " for (const c of charts) { if (drawn(c)) first[c.config.title] ??= t; else all = false; }"
                + " const l = document.querySelector('mm-line1d');"
                + " if (l && l.offsetParent !== null) for (const k of layers) {"
                + "   const now = l[k] ? Array.from(l[k]) : null; const was = window.__mmStep0[k];"
                + "   if (now && !(was && now.length === was.length && now.every((v, i) => v === was[i]))) first[k] ??= t;"
                + "   else all = false; }"
                + " if (!all) return false;"
                + " return Object.assign({ all: Math.max(...Object.values(first)) }, first); }", HEAVY_1D,
                new Page.WaitForFunctionOptions().setTimeout(timeoutMs).setPollingInterval(20)).jsonValue();
        Map<String, Double> out = new LinkedHashMap<>();
        ((Map<String, Object>) ms).forEach((k, v) -> out.put(k, Math.round(((Number) v).doubleValue() * 10) / 10.0));
        return out;
    }

    /** The shown charts over steps that have no drawn point yet, and what was drawn when (for a failure's message). */
    static Object notYetDrawn(Page page) {
        return page.evaluate("() => { " + DRAWN
                + " return { empty: [...document.querySelectorAll('mm-series')].filter(c => c.offsetParent !== null && !drawn(c))"
                + ".map(c => c.config.title), drawn: window.__mmFirst }; }");
    }
}

package lab.minimax.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tomcat's own error reports in the lab's look: what happened, the limits, the way back. */
class LabErrorReportValveTest {
    private final LabErrorReportValve valve = new LabErrorReportValve(16, 6);

    @Test
    void the400NamesTheLimitAndTheWayBack() {
        String page = valve.page(400);
        assertTrue(page.contains("<title>Address too long · Minimax Lab</title>"), page);
        assertTrue(page.contains("(16 KB)") && page.contains("under 6 KB"), page);
        assertTrue(page.contains("<a href=\"/\">Open the lab</a>"), page);
        assertTrue(page.contains("<nav aria-label=\"Site\">"), page);
    }

    @Test
    void otherStatusesGetTheSameFrame() {
        String page = valve.page(503);
        assertTrue(page.contains("HTTP 503") && page.contains("href=\"/\""), page);
    }
}

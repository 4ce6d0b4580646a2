package lab.minimax.load;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import lab.minimax.browser.BrowserSupport;
import java.nio.file.Paths;

/** Prints what a browser sends to and receives from the lab (one-off protocol study, not a test). Arg: base URL. */
public final class TrafficRecorder {
    private TrafficRecorder() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        try (Playwright pw = BrowserSupport.playwright()) {
            Browser b = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium")));
            Page p = b.newPage();
            p.onRequest(r -> {
                if (!r.url().contains("/VAADIN/build") && !r.url().endsWith(".js") && !r.url().endsWith(".css")) {
                    String body = r.postData();
                    System.out.println("REQ " + r.method() + " " + r.url() + " " + r.headers()
                            + (body == null ? "" : "\n  BODY " + cut(body, 1500)));
                }
            });
            p.onResponse(r -> {
                if (r.url().contains("v-r=")) {
                    try {
                        System.out.println("RESP " + r.url() + "\n  " + cut(r.text(), 3000));
                    } catch (RuntimeException e) {
                        System.out.println("RESP " + r.url() + " (no body)");
                    }
                }
            });
            p.onWebSocket(ws -> {
                System.out.println("WS " + ws.url());
                ws.onFrameSent(f -> System.out.println("WS> " + cut(f.text(), 800)));
                ws.onFrameReceived(f -> System.out.println("WS< " + cut(f.text(), 800)));
            });
            p.navigate(url);
            p.waitForTimeout(4000);
            p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Play").setExact(true)).click();
            p.waitForTimeout(1500);
            b.close();
        }
    }

    private static String cut(String s, int n) {
        return s == null ? "null" : s.length() <= n ? s : s.substring(0, n) + "...(" + s.length() + ")";
    }
}

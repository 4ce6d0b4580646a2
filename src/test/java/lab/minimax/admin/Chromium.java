package lab.minimax.admin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import lab.minimax.browser.BrowserSupport;

/** Debian's Chromium, headless, through Playwright (the lab's shared launcher), closed as one resource. */
final class Chromium implements AutoCloseable {
    final Playwright playwright;
    final Browser browser;

    Chromium() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.chromium(playwright);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

package lab.minimax.server;

/**
 * The lab's look for the pages served outside Vaadin (the 400 of an oversize address, the 429 of
 * too many sessions, any other error Tomcat reports itself): the site's links (Lab, Lessons,
 * Compare, as the navigation bar of the Vaadin pages), a heading, the text and a way back.
 * The texts are fixed by the server (no request data), so they are written as given.
 */
public final class StaticPage {
    private static final String STYLE = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
            + "color:#1a2733;max-width:40rem;margin:0 auto;padding:0 1rem 2rem;line-height:1.5}"
            + "nav{display:flex;gap:1rem;padding:.6rem 0;margin-bottom:1.5rem;border-bottom:1px solid #dbe3ea}"
            + "nav a{color:#1a2733;text-decoration:none;font-weight:500}nav a:hover{color:#1459b3}"
            + "h1{font-size:1.6rem;margin-bottom:.5rem}a{color:#1459b3}.note{color:#4a5b6b}"
            + ".back a{display:inline-block;margin-top:.5rem;padding:.4rem .9rem;border-radius:6px;"
            + "background:#1459b3;color:#fff;text-decoration:none}";

    private StaticPage() {
    }

    /**
     * A whole HTML page; {@code bodyHtml} is trusted markup, {@code backHref}/{@code backText} the
     * way back (relative hrefs resolve against the request's path).
     */
    public static String html(String title, String heading, String bodyHtml, String backHref, String backText) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · Minimax Lab</title><style>" + STYLE + "</style></head><body>"
                + "<nav aria-label=\"Site\"><a href=\"/\">Lab</a><a href=\"/lessons\">Lessons</a>"
                + "<a href=\"/compare\">Compare</a></nav>"
                + "<main><h1>" + heading + "</h1>" + bodyHtml
                + "<p class=\"back\"><a href=\"" + backHref + "\">" + backText + "</a></p></main></body></html>";
    }
}

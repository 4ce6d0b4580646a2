package lab.minimax.server;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Tomcat's error report in the lab's look ({@link StaticPage}) instead of its bare "HTTP Status
 * 400" page. Tomcat refuses an address over the request-header limit before any filter or servlet
 * runs, so only this valve (on the Host, where Tomcat's own report valve sits) can answer it.
 * Errors a servlet or Vaadin answered itself (any body written) are left as they are.
 */
final class LabErrorReportValve extends ErrorReportValve {
    private final int headerLimitKb;
    private final int linkLimitKb;

    LabErrorReportValve(int headerLimitKb, int linkLimitKb) {
        this.headerLimitKb = headerLimitKb;
        this.linkLimitKb = linkLimitKb;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(page(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was committed meanwhile: nothing more to send
        }
    }

    /** The page for {@code status} (package-private for tests). */
    String page(int status) {
        if (status == 400) {
            return StaticPage.html("Address too long", "This address is too long",
                    "<p>The server could not read this request (HTTP 400). Most often the address is longer than "
                            + "the server accepts (" + headerLimitKb + " KB); links the lab makes stay under "
                            + linkLimitKb + " KB. A link cut or pasted twice can grow past that.</p>"
                            + "<p class=\"note\">Open the lab from its start page and load the setup again "
                            + "(a preset, a lesson, or Import with a saved JSON file).</p>",
                    "/", "Open the lab");
        }
        return StaticPage.html("Error " + status, "Something went wrong (HTTP " + status + ")",
                "<p>The server could not answer this request.</p>", "/", "Open the lab");
    }
}

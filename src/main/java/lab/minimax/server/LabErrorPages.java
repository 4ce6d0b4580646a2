package lab.minimax.server;

import lab.minimax.link.LinkWriter;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Puts {@link LabErrorReportValve} in place of Tomcat's own error report valve on the Host, so that
 * even a request Tomcat refuses before any servlet (an address over
 * {@code server.max-http-request-header-size}) gets a page in the lab's look.
 */
@Component
class LabErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private final DataSize headerLimit;

    LabErrorPages(@Value("${server.max-http-request-header-size:8KB}") DataSize headerLimit) {
        this.headerLimit = headerLimit;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        LabErrorReportValve valve = new LabErrorReportValve((int) headerLimit.toKilobytes(),
                LinkWriter.MAX_LINK_BYTES / 1024);
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // Tomcat adds the class named here at start unless the pipeline already holds it
                host.setErrorReportValveClass(LabErrorReportValve.class.getName());
                host.getPipeline().addValve(valve);
            }
        });
    }
}

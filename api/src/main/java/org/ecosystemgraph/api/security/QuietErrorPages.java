package org.ecosystemgraph.api.security;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Tomcat answers requests it cannot parse (a bad URI, a bad header) before the application sees them, with a page
 * that names Tomcat and its version. Here it says only the status.
 */
final class QuietErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                var valve = new ErrorReportValve();
                valve.setShowReport(false);
                valve.setShowServerInfo(false);
                // The host adds no error valve of its own when it finds one of its class already there.
                host.getPipeline().addValve(valve);
            }
        });
    }
}

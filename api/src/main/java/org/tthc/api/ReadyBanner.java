package org.tthc.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints where the platform answers once it is ready (after the sample province is in place); off with
 * {@code tthc.ready-banner=false} (an app started by the benchmark harness, whose standard output is its table).
 */
@Component
@ConditionalOnProperty(name = "tthc.ready-banner", havingValue = "true", matchIfMissing = true)
class ReadyBanner {

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            System.out.println();
            System.out.println("tthc-platform is ready at " + base + "/");
            System.out.println("  portal:     " + base + "/  (officers: " + base
                    + "/officer; demo accounts in docs/portal-lite.md)");
            System.out.println("  workspace:  " + base + "/workspace  (analysts sign in as API users; docs/workspace.md)");
            System.out.println("  statistics: " + base + "/api/statistics?period=2025-10  (API users in docs/security.md)");
            System.out.println("  API docs:   " + base + "/swagger-ui.html");
            System.out.println("  health:     " + base + "/actuator/health");
            System.out.println();
        }
    }
}

package org.tthc.api.audit;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tthc.api.control.ControlDatabase;

@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditLog auditLog(ControlDatabase control, Clock clock) {
        return new AuditLog(control, clock);
    }
}

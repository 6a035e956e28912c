package org.tthc.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jooq.JooqAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Spring Boot application: REST API, the portal-lite pages and, in later issues, scheduling and national sync.
 * Boot's DataSource, Flyway and jOOQ auto-configurations are off: portal-lite opens, pools and migrates its own store
 * ({@code PortalConfiguration}), and a second, Boot-made DataSource would run a second Flyway against it.
 */
@SpringBootApplication(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
        JooqAutoConfiguration.class})
@ConfigurationPropertiesScan
public class TthcApplication {
}

package org.tthc.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application: REST API and, in later issues, pages, scheduling and national sync. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TthcApplication {
}

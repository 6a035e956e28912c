package org.tthc.api.web;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tthc.api.ApiTestData;

/**
 * The one app context of the portal's web tests (MockMvc and the browser share it): the shared test data folder,
 * no sample province, a real Tomcat on a random port. Always with a web server: a context without one lets Spark
 * register Hadoop's URL stream handler factory first, and every Tomcat started later in the JVM then fails with
 * "factory already defined" (docs/testing.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
abstract class PortalWebTest {

    @DynamicPropertySource
    static void embeddedDefaultsWithoutTheSample(DynamicPropertyRegistry registry) {
        ApiTestData.register(registry);
        registry.add("tthc.ingestion.sample-on-first-start", () -> "false");
    }
}

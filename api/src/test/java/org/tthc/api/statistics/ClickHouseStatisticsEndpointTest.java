package org.tthc.api.statistics;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every answer of {@link StatisticsEndpointTest} again with ClickHouse serving: the app ingests the sample into
 * Delta, mirrors it into the test's ClickHouse server at start, and computes with ClickHouse SQL — the packets must
 * still equal the reference's.
 */
@Import(StatisticsEndpointTest.FixedToday.class)
class ClickHouseStatisticsEndpointTest extends StatisticsEndpointTest {

    @DynamicPropertySource
    static void clickHouseServer(DynamicPropertyRegistry registry) {
        registry.add("tthc.clickhouse.url", () -> required("TTHC_TEST_CH_URL"));
        registry.add("tthc.clickhouse.user", () -> required("TTHC_TEST_CH_USER"));
    }

    @Override
    String expectedEngine() {
        return "ClickHouse server ";
    }

    /** Set by scripts/test-services.sh (docs/testing.md); missing fails, never skips. */
    private static String required(String name) {
        String value = System.getProperty(name, System.getenv(name));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests through ./tthc test");
        }
        return value;
    }
}

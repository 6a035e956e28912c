package org.tthc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import ru.yandex.clickhouse.ClickHouseDataSource;

/**
 * Proves that the throwaway ClickHouse which {@code ./tthc test} starts (scripts/test-services.sh)
 * is reachable through the driver/server pair of STACK.md: Debian's ClickHouse 18.16 and the legacy
 * {@code ru.yandex.clickhouse} driver of clickhouse-jdbc 0.3.2-patch11, over HTTP with
 * {@code compress=false}. A missing setting fails: it is never skipped.
 */
class ClickHouseServiceTest {

    @Test
    void throwawayClickHouse18AnswersThroughTheLegacyDriver() throws SQLException {
        Properties properties = new Properties();
        // 18.16 answers compressed HTTP requests with an empty body.
        properties.setProperty("compress", "false");
        // Not DriverManager: the jar registers the new com.clickhouse driver for jdbc:clickhouse: URLs.
        ClickHouseDataSource dataSource = new ClickHouseDataSource(requiredSetting("TTHC_TEST_CH_URL"), properties);

        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT version(), sum(number) FROM (SELECT number FROM system.numbers LIMIT 1000)")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).startsWith("18.");
            assertThat(result.getLong(2)).isEqualTo(499_500L);
        }
    }

    /** A system property (mvn -DNAME=…) or else an environment variable of the same name. */
    private static String requiredSetting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests through ./tthc test, which starts"
                    + " ClickHouse (or: eval \"$(scripts/test-services.sh start)\" before mvn)");
        }
        return value;
    }
}

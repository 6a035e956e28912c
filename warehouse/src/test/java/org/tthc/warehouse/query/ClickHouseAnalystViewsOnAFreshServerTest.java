package org.tthc.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tthc.warehouse.clickhouse.ClickHouseServerEngine;
import org.tthc.warehouse.clickhouse.TestSettings;

/**
 * The app's first start against an empty ClickHouse: the analyst views are created while the query service starts,
 * before the first mirror has created any table. Found when the API tests first ran against a server no warehouse
 * test had filled: the views' CREATE failed with "Table default.dossier doesn't exist" and the app did not start.
 */
class ClickHouseAnalystViewsOnAFreshServerTest {
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(30), 100);

    @Test
    void theViewsAreCreatedOverEmptyTablesBeforeAnythingWasMirrored() {
        String fresh = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = TestSettings.withDatabase(TestSettings.serverUrl(), fresh);
        try (ClickHouseServerEngine admin = TestSettings.server()) {
            // Other test classes recreate their views when they start: IF NOT EXISTS would keep views over this
            // database otherwise.
            admin.execute("DROP DATABASE IF EXISTS " + TestSettings.analystDatabase());
            admin.execute("CREATE DATABASE " + fresh);
            try (ClickHouseServerEngine engine = ClickHouseServerEngine.connect(url,
                    TestSettings.required("TTHC_TEST_CH_USER"), "")) {
                ClickHouseAnalystQueryService service = new ClickHouseAnalystQueryService(engine, LIMITS,
                        TestSettings.analystDatabase());

                QueryResult dossiers = service.run("SELECT count(*) AS n FROM dossier");

                assertThat(dossiers.rows()).containsExactly(List.of("0"));
                assertThat(service.views()).hasSameSizeAs(AnalystView.all());
            } finally {
                admin.execute("DROP DATABASE IF EXISTS " + TestSettings.analystDatabase());
                admin.execute("DROP DATABASE " + fresh);
            }
        }
    }
}

package org.tthc.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tthc.warehouse.clickhouse.ClickHouseException;
import org.tthc.warehouse.clickhouse.ClickHouseSchema;
import org.tthc.warehouse.clickhouse.ClickHouseServerEngine;
import org.tthc.warehouse.clickhouse.TestSettings;

/**
 * The read-only analyst user of a ClickHouse server deployment (docs/configuration.md; on the test server: readonly=2,
 * databases analyst and default): analysts' queries run as that user read the analyst views, while the server itself,
 * not the guard, refuses whatever would change data, tables or settings, and any database not allowed to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClickHouseAnalystUserTest {
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(30), 100);

    private ClickHouseServerEngine platform;
    private ClickHouseServerEngine analyst;
    private ClickHouseAnalystQueryService service;

    @BeforeAll
    void viewsCreatedByThePlatformUser() {
        platform = TestSettings.server();
        ClickHouseSchema.createTables(platform, message -> { });
        platform.execute("CREATE DATABASE IF NOT EXISTS not_for_analysts");
        platform.execute("CREATE TABLE IF NOT EXISTS not_for_analysts.secret (a Int32) ENGINE = Memory");
        service = ClickHouseAnalystQueryService.withQueryEngine(platform, TestSettings.analystServer(), LIMITS,
                TestSettings.analystDatabase());
        analyst = TestSettings.analystServer();
    }

    @AfterAll
    void close() {
        service.close();
        analyst.close();
        platform.close();
    }

    @Test
    void theAnalystUserReadsTheAnalystViews() {
        long orgs = platform.query("SELECT count() AS n FROM org", row -> row.getLong("n")).get(0);

        QueryResult result = service.run("SELECT count(*) AS n FROM org");

        assertThat(result.rows()).containsExactly(List.of(Long.toString(orgs)));
        assertThat(service.views()).extracting(AnalystQueryService.ViewDescription::name)
                .containsExactlyElementsOf(AnalystView.names());
        // the analyst profile's readonly=2 (18.16 has no currentUser())
        assertThat(analyst.query("SELECT value FROM system.settings WHERE name = 'readonly'",
                row -> row.getString("value"))).containsExactly("2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO {mirrored}.org_succession (predecessor_code, successor_code, effective_date, kind, "
                    + "is_primary) VALUES ('a', 'b', '2025-07-01', 'MERGE', 1)",
            "INSERT INTO {analyst}.org_succession SELECT * FROM {analyst}.org_succession",
            "CREATE TABLE {analyst}.scratch (a Int32) ENGINE = Memory",
            "CREATE VIEW {analyst}.everything AS SELECT * FROM {mirrored}.quarantine",
            "CREATE DATABASE scratch",
            "DROP TABLE {analyst}.dossier",
            "DROP TABLE {mirrored}.dossier",
            "TRUNCATE TABLE {mirrored}.dossier",
            "ALTER TABLE {mirrored}.period_statistics DROP PARTITION '2025-12'",
            "RENAME TABLE {analyst}.dossier TO {analyst}.dossier_old"})
    void theServerRefusesTheAnalystUserEveryChange(String template) {
        String statement = template.replace("{mirrored}", TestSettings.serverDatabase())
                .replace("{analyst}", TestSettings.analystDatabase());
        assertThatThrownBy(() -> analyst.execute(statement))
                .isInstanceOf(ClickHouseException.class)
                .hasMessageContaining("readonly mode");
    }

    @Test
    void theAnalystUserCannotLiftReadOnlyNorReadOtherDatabases() {
        String views = TestSettings.analystDatabase();
        assertThatThrownBy(() -> analyst.queryText("SELECT 1 AS one", views, Map.of("readonly", "0")))
                .isInstanceOf(ClickHouseException.class)
                .hasMessageContaining("readonly");
        assertThatThrownBy(() -> analyst.query("SELECT count() AS n FROM not_for_analysts.secret",
                row -> row.getLong("n")))
                .isInstanceOf(ClickHouseException.class)
                .hasMessageContaining("Access denied to database not_for_analysts");
    }
}

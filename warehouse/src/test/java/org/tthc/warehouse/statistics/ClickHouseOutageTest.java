package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.PrivateServer;
import org.tthc.warehouse.clickhouse.ClickHouseException;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.clickhouse.ClickHouseServerEngine;
import org.tthc.warehouse.clickhouse.ClickHouseStatistics;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.spark.SharedSpark;
import org.tthc.warehouse.statistics.EdgeHeavyHistories.History;

/**
 * The ClickHouse server dies (SIGKILL) in the middle of a mirror run and comes back (reliability issue): the run fails
 * with an error naming the server, the refusal and the statement; the statistics keep being served from the Delta
 * tables by Spark meanwhile; once the server is back the same engine mirrors again and ClickHouse gives Spark's
 * numbers. The server is a {@link PrivateServer}, not the tests' shared one.
 */
class ClickHouseOutageTest {
    private static final LocalDate TODAY = CrossEngineStatisticsTest.TODAY;
    private static final List<Period> PERIODS = List.of(Period.month(2025, 11), Period.month(2025, 12),
            Period.year(2025));

    @TempDir
    static Path root;
    private static PrivateServer server;

    @BeforeAll
    static void startPrivateServer() {
        server = PrivateServer.start(PrivateServer.Kind.CLICKHOUSE);
    }

    @AfterAll
    static void stopPrivateServer() {
        server.close();
    }

    @Test
    void aServerKilledMidMirrorFailsTheRunClearlySparkKeepsServingAndTheNextRunRecovers() throws Exception {
        History history = EdgeHeavyHistories.generate(7, 120, TODAY, 1);
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root.resolve("warehouse"));
        warehouse.upsertOrganisations(EdgeHeavyHistories.FIRST_ORGANISATIONS);
        warehouse.upsertOrganisations(EdgeHeavyHistories.LATER_ORGANISATIONS, EdgeHeavyHistories.SUCCESSIONS);
        CrossEngineStatisticsTest.ingest(warehouse, history.batches().get(0));
        SparkWarehouse spark = new SparkWarehouse(warehouse);
        Map<Period, Map<String, PeriodStatistics>> expected = spark.statistics(PERIODS, TODAY,
                OrganisationView.AS_REPORTED);
        String url = "jdbc:clickhouse://127.0.0.1:" + server.port() + "/default";
        ClickHouseServerEngine engine = ClickHouseServerEngine.connect(url, "default", "");

        List<String> progress = new ArrayList<>();
        ClickHouseMirror killedMidway = new ClickHouseMirror(warehouse, engine, line -> {
            progress.add(line);
            if (progress.size() == 2) { // a table or two mirrored, the others still to come
                server.kill();
            }
        });
        assertThatThrownBy(killedMidway::mirrorAll).isInstanceOf(ClickHouseException.class)
                .hasMessageContaining("ClickHouse server").hasMessageContaining("127.0.0.1:" + server.port())
                .hasMessageContaining("Connection refused").hasMessageContaining("[SQL: ");
        assertThat(progress).hasSizeGreaterThanOrEqualTo(2);

        // the embedded path does not depend on the server
        assertThat(spark.statistics(PERIODS, TODAY, OrganisationView.AS_REPORTED)).isEqualTo(expected);
        assertThat(new SparkStatistics(warehouse).computeAll(PERIODS, TODAY, OrganisationView.AS_REPORTED))
                .isEqualTo(expected);

        server.restart();
        new ClickHouseMirror(warehouse, engine, line -> { }).mirrorAll();
        assertThat(new ClickHouseStatistics(engine).computeAll(PERIODS, TODAY, OrganisationView.AS_REPORTED))
                .isEqualTo(expected);
    }

}

package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.clickhouse.TestSettings;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SharedSpark;
import org.tthc.warehouse.statistics.EdgeHeavyHistories.History;

/**
 * Gold statistics record the silver versions they read: re-deriving a period gives the stored numbers whatever was
 * ingested since, a recompute replaces exactly its periods in one commit, and the ClickHouse mirror replaces only
 * the recomputed partitions. On the same histories: the Spark warehouse keeps its answers for the Delta versions they
 * were computed from (asked again, it answers without Spark), and after another writer's commits to the same tables
 * (another process, as far as it can tell) it computes afresh.
 */
class GoldStatisticsTest {
    private static final LocalDate TODAY = CrossEngineStatisticsTest.TODAY;
    private static final Period NOVEMBER = Period.month(2025, 11);
    private static final Period DECEMBER = Period.month(2025, 12);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void rederiveGivesTheRecordedNumbersAfterMoreIngestAndRecomputeReplacesOnlyItsPeriods(@TempDir Path root) {
        History history = EdgeHeavyHistories.generate(7, 300, TODAY, 2);
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        warehouse.upsertOrganisations(EdgeHeavyHistories.FIRST_ORGANISATIONS);
        CrossEngineStatisticsTest.ingest(warehouse, history.batches().get(0));
        GoldStatistics gold = new GoldStatistics(warehouse, CLOCK);
        SparkStatistics spark = new SparkStatistics(warehouse);

        Map<Period, Map<String, PeriodStatistics>> first =
                gold.recompute(List.of(NOVEMBER, DECEMBER), TODAY, OrganisationView.AS_REPORTED);
        assertThat(first.get(NOVEMBER)).isNotEmpty();
        assertThat(gold.read(NOVEMBER, OrganisationView.AS_REPORTED)).isEqualTo(first.get(NOVEMBER));
        Map<WarehouseTable, Long> recorded = gold.sourceVersions(NOVEMBER, OrganisationView.AS_REPORTED);
        assertThat(recorded).containsOnlyKeys(GoldStatistics.SOURCES);
        SparkWarehouse kept = new SparkWarehouse(warehouse);
        Map<String, PeriodStatistics> keptNovember = kept.statistics(NOVEMBER, TODAY, OrganisationView.AS_REPORTED);
        assertThat(keptNovember).isEqualTo(first.get(NOVEMBER));
        assertThat(kept.statistics(NOVEMBER, TODAY, OrganisationView.AS_REPORTED)).as("the answer kept")
                .isSameAs(keptNovember);
        assertThatThrownBy(keptNovember::clear).isInstanceOf(UnsupportedOperationException.class);
        OrganisationCatalogue catalogue = kept.catalogue();
        assertThat(kept.catalogue()).isSameAs(catalogue);

        DeltaWarehouse otherWriter = new DeltaWarehouse(SharedSpark.session(), root);
        otherWriter.upsertOrganisations(EdgeHeavyHistories.LATER_ORGANISATIONS, EdgeHeavyHistories.SUCCESSIONS);
        CrossEngineStatisticsTest.ingest(otherWriter, history.batches().get(1));
        Map<String, PeriodStatistics> now = spark.compute(NOVEMBER, TODAY, OrganisationView.AS_REPORTED);
        assertThat(now).as("the second batch changes November").isNotEqualTo(first.get(NOVEMBER));
        assertThat(kept.statistics(NOVEMBER, TODAY, OrganisationView.AS_REPORTED))
                .as("computed afresh after the other writer's commits").isEqualTo(now);
        assertThat(kept.catalogue().versions()).hasSizeGreaterThan(catalogue.versions().size());

        assertThat(gold.rederive(NOVEMBER, OrganisationView.AS_REPORTED)).isEqualTo(first.get(NOVEMBER));

        long before = latestVersion(warehouse);
        Map<Period, Map<String, PeriodStatistics>> second =
                gold.recompute(List.of(NOVEMBER), TODAY, OrganisationView.AS_REPORTED);
        assertThat(latestVersion(warehouse)).as("one commit per recompute").isEqualTo(before + 1);
        assertThat(second.get(NOVEMBER)).isEqualTo(now);
        assertThat(gold.read(NOVEMBER, OrganisationView.AS_REPORTED)).isEqualTo(now);
        assertThat(gold.read(DECEMBER, OrganisationView.AS_REPORTED)).as("December untouched")
                .isEqualTo(first.get(DECEMBER));
        assertThat(gold.sourceVersions(DECEMBER, OrganisationView.AS_REPORTED)).isEqualTo(recorded);
        assertThat(gold.sourceVersions(NOVEMBER, OrganisationView.AS_REPORTED)).isNotEqualTo(recorded);
        assertThat(gold.rederive(DECEMBER, OrganisationView.AS_REPORTED)).isEqualTo(first.get(DECEMBER));

        // the other view of the same period is its own set of rows
        Map<String, PeriodStatistics> restated =
                gold.recompute(List.of(NOVEMBER), TODAY, OrganisationView.RESTATED).get(NOVEMBER);
        assertThat(gold.read(NOVEMBER, OrganisationView.RESTATED)).isEqualTo(restated);
        assertThat(gold.read(NOVEMBER, OrganisationView.AS_REPORTED)).isEqualTo(now);

        ClickHouseEngine clickHouse = TestSettings.server();
        ClickHouseMirror mirror = new ClickHouseMirror(warehouse, clickHouse, message -> { });
        mirror.createTables();
        mirror.mirror(WarehouseTable.PERIOD_STATISTICS);
        assertThat(mirroredRows(clickHouse, NOVEMBER)).isEqualTo(now.size() + restated.size());
        assertThat(mirroredRows(clickHouse, DECEMBER)).isEqualTo(first.get(DECEMBER).size());
        clickHouse.execute("ALTER TABLE period_statistics DROP PARTITION '" + DECEMBER + "'");
        gold.recompute(List.of(NOVEMBER), TODAY, OrganisationView.RESTATED);

        mirror.mirror(WarehouseTable.PERIOD_STATISTICS, Set.of(NOVEMBER.toString()));

        assertThat(mirroredRows(clickHouse, NOVEMBER)).isEqualTo(now.size() + restated.size());
        assertThat(mirroredRows(clickHouse, DECEMBER)).as("only November's partition was mirrored").isZero();
    }

    private static long latestVersion(DeltaWarehouse warehouse) {
        return warehouse.tableVersions(Set.of(WarehouseTable.PERIOD_STATISTICS)).get(WarehouseTable.PERIOD_STATISTICS);
    }

    private static long mirroredRows(ClickHouseEngine engine, Period period) {
        return engine.query("SELECT count() AS n FROM period_statistics WHERE period_key = '" + period + "'",
                row -> row.getLong("n")).get(0);
    }
}

package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.warehouse.statistics.StatisticsComparison.assertSameStatistics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.ReferenceStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.clickhouse.ClickHouseStatistics;
import org.tthc.warehouse.clickhouse.SharedChdb;
import org.tthc.warehouse.clickhouse.TestSettings;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.postgres.PostgresMirror;
import org.tthc.warehouse.postgres.PostgresStatistics;
import org.tthc.warehouse.postgres.PostgresTestDatabase;
import org.tthc.warehouse.spark.SharedSpark;
import org.tthc.warehouse.statistics.EdgeHeavyHistories.Batch;
import org.tthc.warehouse.statistics.EdgeHeavyHistories.History;

/**
 * Spark SQL, ClickHouse SQL (on the ClickHouse server and on chDB), PostgreSQL (the benchmark baseline) and the
 * pure-Java reference give the same statistics on the same generated histories, in both organisation views: ingested
 * through the warehouse in three batches (with re-sent and stale versions) and mirrored into ClickHouse and
 * PostgreSQL, read by the reference in arrival order.
 */
class CrossEngineStatisticsTest {
    /** Inside the last month of the thirteen: that month is the current, unfinished period. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final int DOSSIERS = 1200;
    private static final int CHUNK = 1000;
    private static PostgresTestDatabase postgres;

    @BeforeAll
    static void createPostgresDatabase() {
        postgres = PostgresTestDatabase.create();
    }

    @AfterAll
    static void dropPostgresDatabase() {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Three seeds; the first in three batches, the others in two (each commit costs seconds of Spark). */
    @ParameterizedTest(name = "seed {0} in {1} batches")
    @CsvSource({"20251, 3", "20252, 2", "20253, 2"})
    void sparkStatisticsEqualTheReferenceOnEdgeHeavyHistories(long seed, int batches, @TempDir Path root) {
        History history = EdgeHeavyHistories.generate(seed, DOSSIERS, TODAY, batches);
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);

        warehouse.upsertOrganisations(EdgeHeavyHistories.FIRST_ORGANISATIONS);
        ingest(warehouse, history.batches().get(0));
        // organisations and successions arriving after dossiers apply to the codes already seen
        warehouse.upsertOrganisations(EdgeHeavyHistories.LATER_ORGANISATIONS, EdgeHeavyHistories.SUCCESSIONS);
        history.batches().stream().skip(1).forEach(batch -> ingest(warehouse, batch));

        ReferenceStatistics reference = new ReferenceStatistics(RuleSet.R2025_1, WorkingCalendar.vietnam(),
                new OrganisationCatalogue(History.organisations(), History.successions()));
        SparkStatistics statistics = new SparkStatistics(warehouse);
        List<ClickHouseEngine> engines = List.of(TestSettings.server(), SharedChdb.engine());
        for (ClickHouseEngine engine : engines) {
            new ClickHouseMirror(warehouse, engine, message -> { }).mirrorAll();
        }
        // each seed replaces the tables of the class's database
        new PostgresMirror(warehouse, postgres.dataSource(), message -> { }).mirrorAll();
        PostgresStatistics postgresStatistics = new PostgresStatistics(postgres.dataSource());
        for (OrganisationView view : OrganisationView.values()) {
            Map<Period, Map<String, PeriodStatistics>> spark = statistics.computeAll(periods(), TODAY, view);
            List<Map<Period, Map<String, PeriodStatistics>>> clickHouse = engines.stream()
                    .map(engine -> new ClickHouseStatistics(engine).computeAll(periods(), TODAY, view))
                    .toList();
            Map<Period, Map<String, PeriodStatistics>> postgresql =
                    postgresStatistics.computeAll(periods(), TODAY, view);
            for (Period period : periods()) {
                Map<String, PeriodStatistics> expected =
                        reference.compute(history.records(), history.events(), period, TODAY, view);
                assertThat(expected).as("the generator leaves no period empty").isNotEmpty();
                String context = "seed " + seed + ", " + view.externalName();
                assertSameStatistics(context + ", Spark", period, spark.get(period), expected);
                assertSameStatistics(context + ", PostgreSQL", period, postgresql.get(period), expected);
                for (int i = 0; i < engines.size(); i++) {
                    assertSameStatistics(context + ", " + engines.get(i).description(), period,
                            clickHouse.get(i).get(period), expected);
                }
            }
        }
    }

    /** Thirteen consecutive months, the year, a quarter, a 15th-to-14th period, and the current quarter. */
    static List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (YearMonth month = YearMonth.of(2025, 1); !month.isAfter(YearMonth.from(TODAY)); month = month.plusMonths(1)) {
            periods.add(Period.month(month.getYear(), month.getMonthValue()));
        }
        periods.add(Period.year(2025));
        periods.add(Period.quarter(2025, 4));
        periods.add(Period.custom(LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 14)));
        periods.add(Period.quarter(2026, 1));
        return periods;
    }

    static void ingest(DeltaWarehouse warehouse, Batch batch) {
        var ingest = warehouse.openBatch(batch.id());
        chunks(batch.records()).forEach(ingest::addDossiers);
        chunks(batch.events()).forEach(ingest::addEvents);
        ingest.commit();
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}

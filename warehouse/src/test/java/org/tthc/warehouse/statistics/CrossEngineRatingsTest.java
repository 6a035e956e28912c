package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.warehouse.statistics.CrossEngineStatisticsTest.TODAY;
import static org.tthc.warehouse.statistics.CrossEngineStatisticsTest.periods;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingGrades;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.rating.ReferenceRatings;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.clickhouse.ClickHouseRatings;
import org.tthc.warehouse.clickhouse.SharedChdb;
import org.tthc.warehouse.clickhouse.TestSettings;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SharedSpark;

/**
 * Spark SQL, ClickHouse SQL (on the ClickHouse server and on chDB) and the pure-Java reference give the same
 * satisfaction index on the same random ratings, for thirteen months, the year, quarters and a custom period, at
 * every organisation level, in both organisation views; and gold {@code rating_index} stores what Spark computed.
 */
class CrossEngineRatingsTest {
    private static final int RATINGS = 1500;
    private static final int BATCHES = 2;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42, 43})
    void everyEngineGivesTheReferenceIndex(long seed, @TempDir Path root) {
        List<List<RatingRecord>> batches = RandomRatings.generate(seed, RATINGS, TODAY, BATCHES);
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        warehouse.upsertOrganisations(EdgeHeavyHistories.FIRST_ORGANISATIONS);
        warehouse.upsertOrganisations(EdgeHeavyHistories.LATER_ORGANISATIONS, EdgeHeavyHistories.SUCCESSIONS);
        List<RatingRecord> arrived = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            IngestBatch batch = warehouse.openBatch("ratings-" + seed + "-" + i);
            batch.addRatings(batches.get(i));
            batch.commit();
            arrived.addAll(batches.get(i));
        }
        List<ClickHouseEngine> engines = List.of(TestSettings.server(), SharedChdb.engine());
        for (ClickHouseEngine engine : engines) {
            ClickHouseMirror mirror = new ClickHouseMirror(warehouse, engine, message -> { });
            mirror.createTables();
            for (WarehouseTable table : List.of(WarehouseTable.ORG, WarehouseTable.ORG_SUCCESSION,
                    WarehouseTable.RATING)) {
                mirror.mirror(table);
            }
        }
        ReferenceRatings reference = new ReferenceRatings(new OrganisationCatalogue(
                EdgeHeavyHistories.History.organisations(), EdgeHeavyHistories.History.successions()));

        for (OrganisationView view : OrganisationView.values()) {
            Map<Period, Map<String, RatingStatistics>> spark = new SparkRatings(warehouse).computeAll(periods(),
                    TODAY, view);
            List<Map<Period, Map<String, RatingStatistics>>> clickHouse = engines.stream()
                    .map(engine -> new ClickHouseRatings(engine).computeAll(periods(), TODAY, view)).toList();
            for (Period period : periods()) {
                Map<String, RatingStatistics> expected = reference.compute(arrived, period, TODAY, view);
                String context = "seed " + seed + ", " + view.externalName() + ", " + period;
                assertThat(expected).as("organisations of every level in %s", context)
                        .containsKey(view == OrganisationView.AS_REPORTED && period.to().isBefore(
                                EdgeHeavyHistories.REFORM_DAY) ? EdgeHeavyHistories.PROVINCE : EdgeHeavyHistories.CITY)
                        .containsKey(EdgeHeavyHistories.MINISTRY)
                        .anySatisfy((code, statistics) -> assertThat(code).doesNotStartWith("000.00."));
                assertThat(spark.get(period)).as("Spark, %s", context).isEqualTo(expected);
                for (int i = 0; i < engines.size(); i++) {
                    assertThat(clickHouse.get(i).get(period)).as("%s, %s", engines.get(i).description(), context)
                            .isEqualTo(expected);
                }
            }
        }

        Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
        GoldRatings gold = new GoldRatings(warehouse, RatingGrades.DEFAULT, clock);
        gold.recompute(periods(), TODAY, OrganisationView.RESTATED);
        for (Period period : periods()) {
            assertThat(gold.read(period, OrganisationView.RESTATED)).as("gold, %s", period)
                    .isEqualTo(reference.compute(arrived, period, TODAY, OrganisationView.RESTATED));
        }
    }
}

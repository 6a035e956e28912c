package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.spark.SharedSpark;
import org.tthc.warehouse.statistics.EdgeHeavyHistories.History;

/**
 * The Spark warehouse keeps its answers for the Delta versions they were computed from: asked again, it answers
 * without Spark; after a commit to a table it reads, by another writer of the same tables, it computes afresh.
 */
class SparkWarehouseTest {
    private static final LocalDate TODAY = CrossEngineStatisticsTest.TODAY;
    private static final Period NOVEMBER = Period.month(2025, 11);

    @Test
    void keepsAnAnswerUntilATableItReadsIsCommittedTo(@TempDir Path root) {
        History history = EdgeHeavyHistories.generate(11, 300, TODAY, 2);
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        warehouse.upsertOrganisations(EdgeHeavyHistories.FIRST_ORGANISATIONS);
        CrossEngineStatisticsTest.ingest(warehouse, history.batches().get(0));
        SparkWarehouse spark = new SparkWarehouse(warehouse);
        SparkStatistics fresh = new SparkStatistics(warehouse);

        Map<String, PeriodStatistics> first = spark.statistics(NOVEMBER, TODAY, OrganisationView.AS_REPORTED);
        assertThat(first).isNotEmpty().isEqualTo(fresh.compute(NOVEMBER, TODAY, OrganisationView.AS_REPORTED));
        assertThat(spark.statistics(NOVEMBER, TODAY, OrganisationView.AS_REPORTED)).as("the answer kept")
                .isSameAs(first);
        assertThat(spark.statistics(NOVEMBER, TODAY, OrganisationView.RESTATED)).as("another view, another answer")
                .isNotSameAs(first);
        assertThatThrownBy(() -> first.clear()).isInstanceOf(UnsupportedOperationException.class);
        OrganisationCatalogue catalogue = spark.catalogue();
        assertThat(spark.catalogue()).isSameAs(catalogue);

        // another writer of the same tables (another process, as far as this warehouse can tell)
        DeltaWarehouse other = new DeltaWarehouse(SharedSpark.session(), root);
        other.upsertOrganisations(EdgeHeavyHistories.LATER_ORGANISATIONS, EdgeHeavyHistories.SUCCESSIONS);
        CrossEngineStatisticsTest.ingest(other, history.batches().get(1));

        Map<String, PeriodStatistics> after = spark.statistics(NOVEMBER, TODAY, OrganisationView.AS_REPORTED);
        assertThat(after).as("the second batch changes November").isNotEqualTo(first)
                .isEqualTo(fresh.compute(NOVEMBER, TODAY, OrganisationView.AS_REPORTED));
        assertThat(spark.catalogue().versions()).isEqualTo(warehouse.catalogue().versions())
                .hasSizeGreaterThan(catalogue.versions().size());
    }
}

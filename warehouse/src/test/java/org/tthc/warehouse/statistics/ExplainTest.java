package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.CountedField;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.clickhouse.ClickHouseStatistics;
import org.tthc.warehouse.clickhouse.SharedChdb;
import org.tthc.warehouse.clickhouse.TestSettings;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.spark.SharedSpark;
import org.tthc.warehouse.statistics.EdgeHeavyHistories.History;

/**
 * The dossiers {@code explain} lists behind a number are as many as the number, on Spark and on both ClickHouse
 * engines, for every counted field of a few periods and organisations of generated data in both views; a whole
 * row's breakdown in one job lists per field what one field's job lists, and so do the late fields of every
 * organisation in one job.
 */
class ExplainTest {
    private static final LocalDate TODAY = CrossEngineStatisticsTest.TODAY;
    /** A finished month as reported and the current quarter restated: every field, both views, in few Spark jobs. */
    private static final Map<OrganisationView, Period> CASES = Map.of(
            OrganisationView.AS_REPORTED, Period.month(2025, 11),
            OrganisationView.RESTATED, Period.quarter(2026, 1));

    @Test
    void explainedDossiersAreAsManyAsTheCountOnEveryEngine(@TempDir Path root) {
        History history = EdgeHeavyHistories.generate(11, 300, TODAY, 1);
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        warehouse.upsertOrganisations(EdgeHeavyHistories.FIRST_ORGANISATIONS);
        warehouse.upsertOrganisations(EdgeHeavyHistories.LATER_ORGANISATIONS, EdgeHeavyHistories.SUCCESSIONS);
        CrossEngineStatisticsTest.ingest(warehouse, history.batches().get(0));
        List<ClickHouseEngine> engines = List.of(TestSettings.server(), SharedChdb.engine());
        for (ClickHouseEngine engine : engines) {
            new ClickHouseMirror(warehouse, engine, message -> { }).mirrorAll();
        }
        Explain explain = new Explain(warehouse);
        SparkStatistics spark = new SparkStatistics(warehouse);

        int nonZero = 0;
        for (OrganisationView view : OrganisationView.values()) {
            for (Period period : List.of(CASES.get(view))) {
                Map<String, PeriodStatistics> statistics = spark.compute(period, TODAY, view);
                Set<CountedField> late = EnumSet.of(CountedField.SOLVED_LATE, CountedField.PENDING_LATE);
                Map<String, Map<CountedField, List<ExplainedDossier>>> everyOrganisation =
                        explain.dossiersByOrganisation(period, late, TODAY, view, warehouse.latest());
                // every organisation's in one job: as many as its counts, and no organisation without them
                assertThat(statistics.keySet()).containsAll(everyOrganisation.keySet());
                for (PeriodStatistics org : statistics.values()) {
                    for (CountedField field : late) {
                        assertThat(everyOrganisation.getOrDefault(org.orgCode(), Map.of())
                                .getOrDefault(field, List.of()))
                                .as("%s %s %s %s, every organisation", view, period, org.orgCode(), field)
                                .hasSize((int) field.of(org));
                    }
                }
                // the organisation with most dossiers (a parent) and the one with fewest
                List<PeriodStatistics> byTotal = statistics.values().stream()
                        .sorted(Comparator.comparingLong(PeriodStatistics::total).reversed()).toList();
                for (PeriodStatistics org : List.of(byTotal.get(0), byTotal.get(byTotal.size() - 1))) {
                    Map<CountedField, List<ExplainedDossier>> byField =
                            explain.dossiersByField(period, org.orgCode(), TODAY, view);
                    for (CountedField field : CountedField.values()) {
                        String context = view.externalName() + " " + period + " " + org.orgCode() + " " + field;
                        List<ExplainedDossier> dossiers = byField.get(field);
                        assertThat(dossiers).as(context + ", Spark").hasSize((int) field.of(org));
                        if (field == CountedField.SOLVED_LATE || field == CountedField.PENDING_LATE) {
                            // one field on its own (a job per field) lists what the breakdown of the row lists
                            assertThat(explain.dossiers(period, org.orgCode(), field, TODAY, view))
                                    .as(context + ", Spark, one field").isEqualTo(dossiers);
                            assertThat(everyOrganisation.getOrDefault(org.orgCode(), Map.of())
                                    .getOrDefault(field, List.of()))
                                    .as(context + ", Spark, every organisation").isEqualTo(dossiers);
                            for (ClickHouseEngine engine : engines) {
                                assertThat(new ClickHouseStatistics(engine)
                                        .explain(period, org.orgCode(), field, TODAY, view))
                                        .as(context + ", " + engine.description())
                                        .extracting(ExplainedDossier::dossierCode)
                                        .containsExactlyElementsOf(
                                                dossiers.stream().map(ExplainedDossier::dossierCode).toList());
                            }
                        }
                        nonZero += dossiers.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertThat(nonZero).as("most explained counts are not zero").isGreaterThan(10);
    }
}

package org.tthc.warehouse.statistics;

import static org.tthc.warehouse.statistics.StatisticsComparison.assertSameStatistics;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.HandComputedCase;
import org.tthc.domain.statistics.HandComputedCases;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RandomHistories;
import org.tthc.domain.statistics.ReferenceStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.spark.SharedSpark;

/** Spark against the domain's own fixtures: its random histories, and (on demand) its hand-computed cases. */
class DomainFixturesCrossEngineTest {
    @TempDir
    Path root;

    @Test
    void sparkStatisticsEqualTheReferenceOnTheDomainsRandomHistories() {
        RandomHistories.History history = RandomHistories.generate(new Random(766), 600);
        List<DossierRecord> records = history.records();
        int half = records.size() / 2;
        List<DossierRecord> first = records.subList(0, half);
        List<DossierRecord> second = records.subList(Math.max(0, half - 50), records.size()); // re-sends 50
        DeltaWarehouse warehouse = new DeltaWarehouse(SharedSpark.session(), root);
        warehouse.upsertOrganisations(history.organisations());
        ingest(warehouse, "domain-1", first, history.events());
        ingest(warehouse, "domain-2", second, history.events());
        List<Period> periods = CrossEngineStatisticsTest.periods();

        Map<Period, Map<String, PeriodStatistics>> spark =
                new SparkStatistics(warehouse).computeAll(periods, CrossEngineStatisticsTest.TODAY);

        ReferenceStatistics reference = new ReferenceStatistics(RuleSet.R2025_1, WorkingCalendar.vietnam(),
                history.catalogue());
        List<DossierRecord> arrived = Stream.concat(first.stream(), second.stream()).toList();
        for (Period period : periods) {
            assertSameStatistics("the domain's random history", period, spark.get(period),
                    reference.compute(arrived, history.events(), period, CrossEngineStatisticsTest.TODAY));
        }
    }

    /** Slow (a warehouse per case): {@code -Dtthc.crossEngine.handComputed=true}. */
    @Test
    @EnabledIfSystemProperty(named = "tthc.crossEngine.handComputed", matches = "true")
    void sparkStatisticsEqualTheHandComputedCases(@TempDir Path cases) {
        for (HandComputedCase c : HandComputedCases.all()) {
            DeltaWarehouse warehouse = new DeltaWarehouse(SharedSpark.session(), cases.resolve(c.name()));
            warehouse.upsertOrganisations(c.organisations());
            ingest(warehouse, "case", c.records(), c.events());

            Map<String, PeriodStatistics> spark = new SparkStatistics(warehouse).compute(c.period(), c.today());

            Map<String, PeriodStatistics> actual = new TreeMap<>();
            Map<String, PeriodStatistics> expected = new TreeMap<>();
            TreeSet<String> orgs = new TreeSet<>(spark.keySet());
            orgs.addAll(c.expectedOrgCodes());
            for (String org : orgs) {
                // an organisation with all counts zero may be left out by an engine
                actual.put(org, spark.getOrDefault(org, PeriodStatistics.zero(org, c.period(), RuleSet.R2025_1.id())));
                expected.put(org, c.expectedFor(org));
            }
            assertSameStatistics("hand-computed case " + c.name() + " (" + c.rule() + ")", c.period(), actual, expected);
        }
    }

    private static void ingest(DeltaWarehouse warehouse, String batchId, List<DossierRecord> records,
                               List<DossierEvent> events) {
        IngestBatch batch = warehouse.openBatch(batchId);
        batch.addDossiers(records);
        batch.addEvents(events);
        batch.commit();
    }
}

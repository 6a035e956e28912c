package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SharedSpark;
import org.tthc.warehouse.statistics.EdgeHeavyHistories.Batch;
import org.tthc.warehouse.statistics.EdgeHeavyHistories.History;

/**
 * The incremental refresh of gold after a load gives, for every period gold holds, exactly what a full recompute over
 * all facts gives (issue 9): on edge-heavy generated histories loaded batch by batch, in both views, also when the
 * day moves on between loads.
 */
class StatisticsRefreshTest {
    private static final LocalDate TODAY = CrossEngineStatisticsTest.TODAY;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void refreshAfterEachBatchGivesTheNumbersOfAFullRecompute(@TempDir Path root) {
        History history = EdgeHeavyHistories.generate(11, 100, TODAY, 3);
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        warehouse.upsertOrganisations(History.organisations(), History.successions());
        CrossEngineStatisticsTest.ingest(warehouse, history.batches().get(0));
        GoldStatistics gold = new GoldStatistics(warehouse, CLOCK);
        SparkStatistics full = new SparkStatistics(warehouse);
        LoadSpans spans = new LoadSpans(warehouse);
        List<Period> all = periodsUpTo(TODAY.plusDays(1));
        for (OrganisationView view : OrganisationView.values()) {
            gold.recompute(all, TODAY, view);
        }

        for (int i = 1; i < history.batches().size(); i++) {
            Batch batch = history.batches().get(i);
            // the last load comes a day later: the current month and year move on even where no dossier changed
            LocalDate today = i == history.batches().size() - 1 ? TODAY.plusDays(1) : TODAY;
            Map<WarehouseTable, Long> before = warehouse.tableVersions();
            CrossEngineStatisticsTest.ingest(warehouse, batch);
            List<Period> changed = spans.affectedPeriods(before, warehouse.tableVersions(), today);
            for (OrganisationView view : OrganisationView.values()) {
                RefreshPlan plan = gold.refresh(changed, before, today, view);
                assertThat(plan.recomputed()).containsAll(changed);

                Map<Period, Map<String, PeriodStatistics>> expected = full.computeAll(all, today, view);
                for (Period period : all) {
                    assertThat(gold.read(period, view)).as("%s %s after batch %d", period, view, i)
                            .isEqualTo(expected.get(period));
                }
                // Re-deriving is a statistics job per period: the oldest restamped period after the first batch and
                // the newest after the second stand for the rest (they share one code path; the edges are where a
                // wrong version would show first).
                Period edge = edge(plan.restamped(), i % 2 == 1);
                if (edge != null) {
                    assertThat(gold.rederive(edge, view)).as("re-derived %s %s", edge, view)
                            .isEqualTo(expected.get(edge));
                }
            }
        }
    }

    @Test
    void loadOfOneNewDossierRecomputesItsMonthAndYearOnly(@TempDir Path root) {
        History history = EdgeHeavyHistories.generate(5, 60, TODAY, 2);
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        warehouse.upsertOrganisations(History.organisations(), History.successions());
        history.batches().forEach(batch -> CrossEngineStatisticsTest.ingest(warehouse, batch));
        GoldStatistics gold = new GoldStatistics(warehouse, CLOCK);
        List<Period> all = periodsUpTo(TODAY);
        gold.recompute(all, TODAY, OrganisationView.AS_REPORTED);

        Map<WarehouseTable, Long> before = warehouse.tableVersions();
        CrossEngineStatisticsTest.ingest(warehouse, new Batch("one-new-dossier",
                List.of(receivedOn(history.batches().get(0).records().get(0), TODAY)), List.of()));
        List<Period> changed = new LoadSpans(warehouse).affectedPeriods(before, warehouse.tableVersions(), TODAY);
        RefreshPlan plan = gold.refresh(changed, before, TODAY, OrganisationView.AS_REPORTED);

        assertThat(changed).containsExactly(Period.month(2026, 1), Period.year(2026));
        assertThat(plan.recomputed()).containsExactly(Period.month(2026, 1), Period.year(2026));
        assertThat(plan.restamped()).containsExactlyInAnyOrderElementsOf(
                all.stream().filter(p -> !changed.contains(p)).toList());
        Map<Period, Map<String, PeriodStatistics>> expected = new SparkStatistics(warehouse)
                .computeAll(all, TODAY, OrganisationView.AS_REPORTED);
        for (Period period : all) {
            assertThat(gold.read(period, OrganisationView.AS_REPORTED)).as("%s after one new dossier", period)
                    .isEqualTo(expected.get(period));
            assertThat(gold.sourceVersions(period, OrganisationView.AS_REPORTED))
                    .isEqualTo(gold.sourceVersions(Period.month(2026, 1), OrganisationView.AS_REPORTED));
        }
    }

    private static DossierRecord receivedOn(DossierRecord r, LocalDate day) {
        return new DossierRecord(r.sourceSystem(), "NEW-" + r.dossierCode(), r.procedureCode(), r.procedureName(),
                r.sectorCode(), r.sectorName(), r.channel(), r.applicantType(), r.summary(), r.handlingOrgCode(),
                r.handlingOrgName(), day.atTime(9, 0), day.plusDays(10).atTime(17, 0), StatusCode.ACCEPTED, null, null,
                List.of(), null, day.atTime(9, 0));
    }

    @Test
    void recentPeriodsFromTheRecentFactsEqualThoseFromAllFacts(@TempDir Path root) {
        History history = EdgeHeavyHistories.generate(23, 400, TODAY, 2);
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        warehouse.upsertOrganisations(History.organisations(), History.successions());
        history.batches().forEach(batch -> CrossEngineStatisticsTest.ingest(warehouse, batch));
        SparkStatistics statistics = new SparkStatistics(warehouse);
        for (YearMonth first : List.of(YearMonth.of(2025, 6), YearMonth.of(2025, 11), YearMonth.of(2026, 1))) {
            List<Period> recent = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(YearMonth.from(TODAY)); m = m.plusMonths(1)) {
                recent.add(Period.month(m.getYear(), m.getMonthValue()));
            }
            recent.add(Period.year(TODAY.getYear()));
            for (OrganisationView view : OrganisationView.values()) {
                assertThat(statistics.computeRecent(recent, TODAY, view, warehouse.latest()))
                        .as("from %s, %s", first, view)
                        .isEqualTo(statistics.computeAll(recent, TODAY, view, warehouse.latest()));
            }
        }
    }

    /** The first ({@code oldest}) or the last of {@code periods} in calendar order; null if there is none. */
    private static Period edge(List<Period> periods, boolean oldest) {
        Comparator<Period> byCalendar = Comparator.comparing(Period::from).thenComparing(Period::to);
        return periods.stream().min(oldest ? byCalendar : byCalendar.reversed()).orElse(null);
    }

    /** Every month from the history's window start to {@code last}'s month, and their years. */
    static List<Period> periodsUpTo(LocalDate last) {
        List<Period> periods = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2024, 10); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            periods.add(Period.month(m.getYear(), m.getMonthValue()));
        }
        for (int year = 2024; year <= last.getYear(); year++) {
            periods.add(Period.year(year));
        }
        return periods;
    }
}

package org.tthc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.RandomHistories.History;

/** Properties of the reference statistics on random histories (statistics-rules §3, §6, §7, §8). */
class ReferenceStatisticsPropertiesTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
    /** Every period of 2025 is finished on this day. */
    private static final LocalDate AFTER_2025 = LocalDate.of(2026, 4, 1);

    /** A period of 2025 and the day it is evaluated on: after it, or a day within it (the current period). */
    record Evaluation(Period period, LocalDate today) {
    }

    @Provide
    Arbitrary<History> histories() {
        return RandomHistories.histories();
    }

    @Provide
    Arbitrary<Evaluation> evaluations() {
        return RandomHistories.periodsOf2025().flatMap(p -> {
            int days = (int) (p.to().toEpochDay() - p.from().toEpochDay());
            Arbitrary<LocalDate> within = Arbitraries.integers().between(0, days).map(p.from()::plusDays);
            return Arbitraries.frequencyOf(
                    Tuple.of(3, Arbitraries.just(AFTER_2025)),
                    Tuple.of(1, within)).map(today -> new Evaluation(p, today));
        });
    }

    @Property
    void identitiesHoldForEveryOrganisation(@ForAll("histories") History history,
                                            @ForAll("evaluations") Evaluation at) {
        compute(history, at.period(), at.today()).values().forEach(s ->
                assertThat(s.identitiesHold()).as("identities of %s", s).isTrue());
    }

    @Property
    void parentCountsAreItsChildrensCountsPlusItsOwnDossiers(@ForAll("histories") History history,
                                                             @ForAll("evaluations") Evaluation at) {
        OrganisationCatalogue catalogue = history.catalogue();
        Map<String, PeriodStatistics> all = compute(history, at.period(), at.today());

        Map<String, PeriodStatistics> expected = new HashMap<>();
        for (String org : all.keySet()) {
            List<DossierRecord> own = history.records().stream()
                    .filter(r -> r.handlingOrgCode().equals(org)).toList();
            PeriodStatistics direct = new ReferenceStatistics(RuleSet.R2025_1, CALENDAR, catalogue)
                    .compute(own, history.events(), at.period(), at.today())
                    .getOrDefault(org, PeriodStatistics.zero(org, at.period(), RuleSet.R2025_1.id()));
            expected.merge(org, direct, PeriodStatistics::plus);
        }
        for (Map.Entry<String, PeriodStatistics> child : all.entrySet()) {
            List<String> chain = catalogue.selfAndAncestors(child.getKey());
            if (chain.size() > 1) {
                expected.merge(chain.get(1), child.getValue(), PeriodStatistics::plus);
            }
        }
        assertThat(all).isEqualTo(expected);
    }

    @Property(tries = 300)
    void monthsFlowsAddUpToTheYearsAndTheYearsStocksAreJanuarysAndDecembers(
            @ForAll("histories") History history) {
        Map<String, PeriodStatistics> year = compute(history, Period.year(2025), AFTER_2025);
        List<Map<String, PeriodStatistics>> months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> compute(history, Period.month(2025, m), AFTER_2025)).toList();

        for (String org : year.keySet()) {
            PeriodStatistics y = year.get(org);
            PeriodStatistics sum = months.stream().map(m -> m.get(org)).filter(s -> s != null)
                    .reduce(PeriodStatistics.zero(org, y.period(), y.ruleSet()), PeriodStatistics::plus);
            PeriodStatistics january = months.get(0).getOrDefault(org, PeriodStatistics.zero(org, y.period(), ""));
            PeriodStatistics december = months.get(11).getOrDefault(org, PeriodStatistics.zero(org, y.period(), ""));

            assertThat(sum.newReception()).as("NewReception of %s", org).isEqualTo(y.newReception());
            assertThat(sum.newReceptionOnline()).as("online NewReception of %s", org).isEqualTo(y.newReceptionOnline());
            assertThat(sum.totalSolved()).as("TotalSolved of %s", org).isEqualTo(y.totalSolved());
            assertThat(sum.solvedInTime()).as("SolvedInTime of %s", org).isEqualTo(y.solvedInTime());
            assertThat(sum.solvedAheadOfTime()).as("ahead of time of %s", org).isEqualTo(y.solvedAheadOfTime());
            assertThat(sum.solvedLate()).as("SolvedLate of %s", org).isEqualTo(y.solvedLate());
            assertThat(y.preExisting()).as("PreExtisting of %s", org).isEqualTo(january.preExisting());
            assertThat(y.totalPending()).as("TotalPending of %s", org).isEqualTo(december.totalPending());
            assertThat(y.pendingLate()).as("PendingLate of %s", org).isEqualTo(december.pendingLate());
        }
        months.forEach(m -> assertThat(year.keySet()).containsAll(m.keySet()));
    }

    @Property(tries = 300)
    void monthsFlowsAddUpToTheQuarters(@ForAll("histories") History history,
                                       @ForAll("quarters") int quarter) {
        Map<String, PeriodStatistics> q = compute(history, Period.quarter(2025, quarter), AFTER_2025);
        for (String org : q.keySet()) {
            PeriodStatistics sum = IntStream.rangeClosed(3 * quarter - 2, 3 * quarter)
                    .mapToObj(m -> compute(history, Period.month(2025, m), AFTER_2025).get(org))
                    .filter(s -> s != null)
                    .reduce(PeriodStatistics.zero(org, q.get(org).period(), q.get(org).ruleSet()),
                            PeriodStatistics::plus);
            assertThat(List.of(sum.newReception(), sum.totalSolved(), sum.solvedInTime(), sum.solvedLate()))
                    .as("flows of %s", org)
                    .isEqualTo(List.of(q.get(org).newReception(), q.get(org).totalSolved(),
                            q.get(org).solvedInTime(), q.get(org).solvedLate()));
        }
    }

    @Provide
    Arbitrary<Integer> quarters() {
        return Arbitraries.integers().between(1, 4);
    }

    @Property
    void inputOrderDoesNotChangeTheStatistics(@ForAll("histories") History history,
                                              @ForAll("evaluations") Evaluation at,
                                              @ForAll long seed) {
        assertThat(compute(history.shuffled(new Random(seed)), at.period(), at.today()))
                .isEqualTo(compute(history, at.period(), at.today()));
    }

    @Property
    void resendingEverythingChangesNothing(@ForAll("histories") History history,
                                           @ForAll("evaluations") Evaluation at) {
        assertThat(compute(history.resent(), at.period(), at.today()))
                .isEqualTo(compute(history, at.period(), at.today()));
    }

    @Property(tries = 200)
    void aPeriodCountsNoMoreDossiersThanWereReceivedBeforeItsEnd(@ForAll("histories") History history,
                                                                @ForAll("evaluations") Evaluation at) {
        long distinctDossiers = history.records().stream().map(DossierRecord::key).distinct().count();
        Map<String, PeriodStatistics> all = compute(history, at.period(), at.today());
        long atLevelOne = all.entrySet().stream()
                .filter(e -> history.catalogue().selfAndAncestors(e.getKey()).size() == 1)
                .mapToLong(e -> e.getValue().total()).sum();
        assertThat(atLevelOne).isLessThanOrEqualTo(distinctDossiers);
    }

    @Property(tries = 50)
    void generationIsDeterministicForASeed(@ForAll long seed) {
        assertThat(RandomHistories.generate(new Random(seed), 30))
                .usingRecursiveComparison()
                .isEqualTo(RandomHistories.generate(new Random(seed), 30));
    }

    private static Map<String, PeriodStatistics> compute(History history, Period period, LocalDate today) {
        return new ReferenceStatistics(RuleSet.R2025_1, CALENDAR, history.catalogue())
                .compute(history.records(), history.events(), period, today);
    }
}

package org.tthc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.RandomHistories.History;

/** Properties of the reference statistics on random histories through the 2025 reform (statistics-rules §3, §6–§8). */
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
                                                             @ForAll("evaluations") Evaluation at,
                                                             @ForAll OrganisationView view) {
        OrganisationCatalogue catalogue = history.catalogue();
        LocalDate day = view.attributionDay(at.period().asOfDate(at.today()), at.today());
        Map<String, PeriodStatistics> all = compute(history, at.period(), at.today(), view);

        Map<String, PeriodStatistics> expected = new HashMap<>();
        for (String org : all.keySet()) {
            // its own dossiers: those of every code it carries on the day (itself, its predecessors)
            List<DossierRecord> own = history.records().stream()
                    .filter(r -> catalogue.rollUp(r.handlingOrgCode(), day).get(0).equals(org)).toList();
            PeriodStatistics direct = new ReferenceStatistics(RuleSet.R2025_1, CALENDAR, catalogue)
                    .compute(own, history.events(), at.period(), at.today(), view)
                    .getOrDefault(org, PeriodStatistics.zero(org, at.period(), RuleSet.R2025_1.id()));
            expected.merge(org, direct, PeriodStatistics::plus);
        }
        for (Map.Entry<String, PeriodStatistics> child : all.entrySet()) {
            List<String> chain = catalogue.rollUp(child.getKey(), day);
            if (chain.size() > 1) {
                expected.merge(chain.get(1), child.getValue(), PeriodStatistics::plus);
            }
        }
        assertThat(all).isEqualTo(expected);
    }

    /**
     * §6 restated: a restated level-1 organisation counts what its predecessors counted as reported, for every count
     * (flows and, the period being the same, stocks too). This holds because the crosswalk keeps every unit within
     * its province's successor; a unit moving to another province would break it, by design.
     */
    @Property
    void restatedLevelOneTotalsAreTheSumsOfTheirPredecessorsAsReported(@ForAll("histories") History history,
                                                                       @ForAll("evaluations") Evaluation at) {
        OrganisationCatalogue catalogue = history.catalogue();
        LocalDate asOf = at.period().asOfDate(at.today());
        Map<String, PeriodStatistics> asReported = compute(history, at.period(), at.today(),
                OrganisationView.AS_REPORTED);
        Map<String, PeriodStatistics> restated = compute(history, at.period(), at.today(), OrganisationView.RESTATED);

        Map<String, PeriodStatistics> sums = new HashMap<>();
        levelOne(asReported, catalogue, asOf).forEach((org, s) -> {
            List<String> successor = catalogue.rollUp(org, at.today());
            String top = successor.get(successor.size() - 1);
            sums.merge(top, relabelled(s, top), PeriodStatistics::plus);
        });
        assertThat(levelOne(restated, catalogue, at.today())).isEqualTo(sums);
    }

    @Property
    void bothViewsCountTheSameDossiersOnlyAttributedDifferently(@ForAll("histories") History history,
                                                                @ForAll("evaluations") Evaluation at) {
        OrganisationCatalogue catalogue = history.catalogue();
        LocalDate asOf = at.period().asOfDate(at.today());
        PeriodStatistics asReported = sum(levelOne(
                compute(history, at.period(), at.today(), OrganisationView.AS_REPORTED), catalogue, asOf), at);
        PeriodStatistics restated = sum(levelOne(
                compute(history, at.period(), at.today(), OrganisationView.RESTATED), catalogue, at.today()), at);

        assertThat(restated).isEqualTo(asReported);
    }

    @Property
    void theViewsAgreeOnPeriodsEvaluatedInTheCurrentStructure(@ForAll("histories") History history,
                                                              @ForAll("evaluations") Evaluation at) {
        Assume.that(!at.period().asOfDate(at.today()).isBefore(RandomHistories.REFORM_DAY));

        assertThat(compute(history, at.period(), at.today(), OrganisationView.RESTATED))
                .isEqualTo(compute(history, at.period(), at.today(), OrganisationView.AS_REPORTED));
    }

    /**
     * Once the reform is in effect, every code the history uses is in effect or has a successor that is. (Before it,
     * a dossier at a code that does not exist yet, which the histories contain on purpose, keeps that code.)
     */
    @Property
    void restatedStatisticsNameOnlyTodaysOrganisationsOrUnknownOnes(@ForAll("histories") History history,
                                                                   @ForAll("evaluations") Evaluation at) {
        Assume.that(!at.today().isBefore(RandomHistories.REFORM_DAY));
        OrganisationCatalogue catalogue = history.catalogue();
        assertThat(compute(history, at.period(), at.today(), OrganisationView.RESTATED).keySet())
                .allSatisfy(org -> assertThat(!catalogue.contains(org)
                        || catalogue.versionOn(org, at.today()).isPresent())
                        .as("%s is unknown or in effect on %s", org, at.today()).isTrue());
    }

    /**
     * §7 in the restated view, where every period shows one structure. As reported, 2025 straddles the reform: its
     * first months count under organisations that the year (as of 31 December) no longer has (reference §5.5.5).
     */
    @Property(tries = 300)
    void monthsFlowsAddUpToTheYearsAndTheYearsStocksAreJanuarysAndDecembers(
            @ForAll("histories") History history) {
        OrganisationView restated = OrganisationView.RESTATED;
        Map<String, PeriodStatistics> year = compute(history, Period.year(2025), AFTER_2025, restated);
        List<Map<String, PeriodStatistics>> months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> compute(history, Period.month(2025, m), AFTER_2025, restated)).toList();

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

    /** As reported too: no quarter of 2025 straddles the reform. */
    @Property(tries = 300)
    void monthsFlowsAddUpToTheQuarters(@ForAll("histories") History history,
                                       @ForAll("quarters") int quarter,
                                       @ForAll OrganisationView view) {
        Map<String, PeriodStatistics> q = compute(history, Period.quarter(2025, quarter), AFTER_2025, view);
        for (String org : q.keySet()) {
            PeriodStatistics sum = IntStream.rangeClosed(3 * quarter - 2, 3 * quarter)
                    .mapToObj(m -> compute(history, Period.month(2025, m), AFTER_2025, view).get(org))
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
        long atLevelOne = levelOne(all, history.catalogue(), at.period().asOfDate(at.today())).values().stream()
                .mapToLong(PeriodStatistics::total).sum();
        assertThat(atLevelOne).isLessThanOrEqualTo(distinctDossiers);
    }

    @Property(tries = 50)
    void generationIsDeterministicForASeed(@ForAll long seed) {
        assertThat(RandomHistories.generate(new Random(seed), 30))
                .usingRecursiveComparison()
                .isEqualTo(RandomHistories.generate(new Random(seed), 30));
    }

    private static Map<String, PeriodStatistics> compute(History history, Period period, LocalDate today) {
        return compute(history, period, today, OrganisationView.AS_REPORTED);
    }

    private static Map<String, PeriodStatistics> compute(History history, Period period, LocalDate today,
                                                         OrganisationView view) {
        return new ReferenceStatistics(RuleSet.R2025_1, CALENDAR, history.catalogue())
                .compute(history.records(), history.events(), period, today, view);
    }

    /** The statistics of the organisations at the top of the structure of {@code day}: they roll up to nothing else. */
    private static Map<String, PeriodStatistics> levelOne(Map<String, PeriodStatistics> byOrg,
                                                          OrganisationCatalogue catalogue, LocalDate day) {
        Map<String, PeriodStatistics> top = new TreeMap<>();
        byOrg.forEach((org, s) -> {
            if (catalogue.rollUp(org, day).equals(List.of(org))) {
                top.put(org, s);
            }
        });
        return top;
    }

    private static PeriodStatistics sum(Map<String, PeriodStatistics> byOrg, Evaluation at) {
        return byOrg.values().stream().map(s -> relabelled(s, "all"))
                .reduce(PeriodStatistics.zero("all", at.period(), RuleSet.R2025_1.id()), PeriodStatistics::plus);
    }

    private static PeriodStatistics relabelled(PeriodStatistics s, String org) {
        return PeriodStatistics.zero(org, s.period(), s.ruleSet()).plus(s);
    }
}

package org.tthc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;

class ReferenceStatisticsTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

    static Map<String, PeriodStatistics> compute(HandComputedCase c) {
        return compute(c, c.period());
    }

    static Map<String, PeriodStatistics> compute(HandComputedCase c, Period period) {
        return new ReferenceStatistics(RuleSet.R2025_1, CALENDAR, c.catalogue())
                .compute(c.records(), c.events(), period, c.today(), c.view());
    }

    @TestFactory
    Stream<DynamicTest> everyHandComputedCaseGivesItsExpectedStatistics() {
        return HandComputedCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Map<String, PeriodStatistics> actual = compute(c);
            for (String org : c.expectedOrgCodes()) {
                assertThat(actual.get(org))
                        .as("%s (%s): statistics of %s", c.name(), c.rule(), org)
                        .isEqualTo(c.expectedFor(org));
            }
            actual.forEach((org, statistics) -> assertThat(statistics)
                    .as("%s (%s): %s is not expected to count anything", c.name(), c.rule(), org)
                    .isEqualTo(c.expectedFor(org)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyHandComputedExpectationSatisfiesTheIdentities() {
        return HandComputedCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () ->
                c.expectedOrgCodes().forEach(org -> assertThat(c.expectedFor(org).identitiesHold())
                        .as("%s: hand arithmetic for %s", c.name(), org).isTrue())));
    }

    @Test
    void handComputedCaseNamesAreUnique() {
        assertThat(HandComputedCases.all()).extracting(HandComputedCase::name).doesNotHaveDuplicates();
    }

    @Test
    void monthFlowsOfTheYearHistoryAddUpToTheYearsFlows() {
        HandComputedCase year = HandComputedCases.byName(HandComputedCases.YEAR_CASE);
        PeriodStatistics months = IntStream.rangeClosed(1, 12)
                .mapToObj(m -> compute(year, Period.month(2025, m)).get(HandComputedCases.PROVINCE))
                .filter(java.util.Objects::nonNull)
                .reduce(PeriodStatistics.zero(HandComputedCases.PROVINCE, year.period(), RuleSet.R2025_1.id()),
                        PeriodStatistics::plus);
        PeriodStatistics expected = year.expectedFor(HandComputedCases.PROVINCE);

        assertThat(months.newReception()).isEqualTo(expected.newReception()).isEqualTo(4);
        assertThat(months.newReceptionOnline()).isEqualTo(expected.newReceptionOnline());
        assertThat(months.totalSolved()).isEqualTo(expected.totalSolved()).isEqualTo(4);
        assertThat(months.solvedInTime()).isEqualTo(expected.solvedInTime());
        assertThat(months.solvedAheadOfTime()).isEqualTo(expected.solvedAheadOfTime());
        assertThat(months.solvedLate()).isEqualTo(expected.solvedLate());
    }

    @Test
    void yearStocksAreThoseOfJanuaryAndDecember() {
        HandComputedCase year = HandComputedCases.byName(HandComputedCases.YEAR_CASE);
        PeriodStatistics january = HandComputedCases.byName("yearHistoryInJanuary").expectedFor(HandComputedCases.PROVINCE);
        PeriodStatistics december = HandComputedCases.byName("yearHistoryInDecember").expectedFor(HandComputedCases.PROVINCE);
        PeriodStatistics expected = year.expectedFor(HandComputedCases.PROVINCE);

        assertThat(expected.preExisting()).isEqualTo(january.preExisting());
        assertThat(expected.totalPending()).isEqualTo(december.totalPending());
        assertThat(expected.pendingLate()).isEqualTo(december.pendingLate());
    }

    @Test
    void emptyHistoryGivesNoStatistics() {
        Map<String, PeriodStatistics> none = new ReferenceStatistics(RuleSet.R2025_1, CALENDAR,
                OrganisationCatalogue.empty())
                .compute(List.of(), List.of(), Period.month(2025, 10), LocalDate.of(2025, 12, 1));

        assertThat(none).isEmpty();
    }
}

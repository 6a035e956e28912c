package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.statistics.RefreshPlan.StoredEvaluation;

/** Which stored periods a refresh recomputes and which it only re-stamps. */
class RefreshPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final Period DECEMBER = Period.month(2025, 12);
    private static final Period JANUARY = Period.month(2026, 1);
    private static final Period YEAR_2025 = Period.year(2025);
    private static final Map<WarehouseTable, Long> BEFORE = versions(4, 2);
    private static final Map<WarehouseTable, Long> AFTER = versions(5, 2);

    @Test
    void storedPeriodsTheLoadCannotChangeAreOnlyRestamped() {
        RefreshPlan plan = RefreshPlan.of(List.of(JANUARY, Period.year(2026)),
                List.of(stored(DECEMBER, TODAY, BEFORE), stored(YEAR_2025, TODAY, BEFORE), stored(JANUARY, TODAY, BEFORE)),
                BEFORE, AFTER, TODAY, OrganisationView.AS_REPORTED);

        assertThat(plan.recomputed()).containsExactly(JANUARY, Period.year(2026));
        assertThat(plan.restamped()).containsExactly(DECEMBER, YEAR_2025);
    }

    @Test
    void currentPeriodEvaluatedOnAnEarlierDayIsRecomputed() {
        RefreshPlan plan = RefreshPlan.of(List.of(), List.of(stored(DECEMBER, TODAY, BEFORE),
                stored(JANUARY, TODAY.minusDays(1), BEFORE)), BEFORE, AFTER, TODAY, OrganisationView.AS_REPORTED);

        assertThat(plan.recomputed()).containsExactly(JANUARY);
        assertThat(plan.restamped()).containsExactly(DECEMBER);
    }

    @Test
    void restatedPeriodComputedOnAnotherDayIsRecomputedEvenWhenFinished() {
        RefreshPlan plan = RefreshPlan.of(List.of(), List.of(stored(DECEMBER, TODAY.minusDays(1), BEFORE)),
                BEFORE, AFTER, TODAY, OrganisationView.RESTATED);

        assertThat(plan.recomputed()).containsExactly(DECEMBER);
    }

    @Test
    void periodComputedFromOtherVersionsThanTheLoadStartedFromIsRecomputed() {
        RefreshPlan plan = RefreshPlan.of(List.of(), List.of(stored(DECEMBER, TODAY, versions(3, 2))),
                BEFORE, AFTER, TODAY, OrganisationView.AS_REPORTED);

        assertThat(plan.recomputed()).containsExactly(DECEMBER);
    }

    @Test
    void loadThatChangedTheOrganisationsRecomputesEveryStoredPeriod() {
        RefreshPlan plan = RefreshPlan.of(List.of(), List.of(stored(DECEMBER, TODAY, BEFORE),
                stored(YEAR_2025, TODAY, BEFORE)), BEFORE, versions(5, 3), TODAY, OrganisationView.AS_REPORTED);

        assertThat(plan.recomputed()).containsExactly(DECEMBER, YEAR_2025);
        assertThat(plan.restamped()).isEmpty();
    }

    private static StoredEvaluation stored(Period period, LocalDate computedOn, Map<WarehouseTable, Long> versions) {
        return new StoredEvaluation(period, period.asOfDate(computedOn), computedOn, versions);
    }

    private static Map<WarehouseTable, Long> versions(long dossier, long org) {
        Map<WarehouseTable, Long> versions = new EnumMap<>(WarehouseTable.class);
        GoldStatistics.SOURCES.forEach(table -> versions.put(table, 1L));
        versions.put(WarehouseTable.DOSSIER, dossier);
        versions.put(WarehouseTable.DOSSIER_EVENT, dossier);
        versions.put(WarehouseTable.ORG, org);
        return versions;
    }
}

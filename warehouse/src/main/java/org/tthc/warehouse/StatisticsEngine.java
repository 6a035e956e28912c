package org.tthc.warehouse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;

/**
 * The statistics computed natively by one engine (Spark SQL, ClickHouse SQL, PostgreSQL SQL): each implements
 * {@link #computeAll(List, LocalDate, OrganisationView)}, and the shorter forms are this one thing asked another way.
 */
public interface StatisticsEngine {
    /**
     * Statistics of every organisation with a dossier in play in each period, by organisation code, each counting its
     * own dossiers and those of every organisation that rolls up to it in the structure the view shows, under the
     * rule set in force at the period's end. {@code today} ends the current, unfinished period and is the day whose
     * structure the restated view shows.
     */
    Map<Period, Map<String, PeriodStatistics>> computeAll(List<Period> periods, LocalDate today,
                                                          OrganisationView view);

    /** {@link #computeAll(List, LocalDate, OrganisationView)} as reported. */
    default Map<Period, Map<String, PeriodStatistics>> computeAll(List<Period> periods, LocalDate today) {
        return computeAll(periods, today, OrganisationView.AS_REPORTED);
    }

    /** {@link #computeAll(List, LocalDate, OrganisationView)} of one period. */
    default Map<String, PeriodStatistics> compute(Period period, LocalDate today, OrganisationView view) {
        return computeAll(List.of(period), today, view).get(period);
    }

    /** {@link #compute(Period, LocalDate, OrganisationView)} as reported. */
    default Map<String, PeriodStatistics> compute(Period period, LocalDate today) {
        return compute(period, today, OrganisationView.AS_REPORTED);
    }
}

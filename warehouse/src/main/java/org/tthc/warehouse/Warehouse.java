package org.tthc.warehouse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;

/**
 * The warehouse as its readers see it (the API, reports, national packets): one engine answers, chosen by
 * configuration — Spark over the Delta tables ({@code SparkWarehouse}, the embedded default) or ClickHouse over
 * their mirror ({@code ClickHouseWarehouse}). Both give the same numbers; the cross-engine tests prove it. Writing
 * stays with the Delta tables ({@code DeltaWarehouse}), the system of record. A ClickHouse server that cannot be
 * reached is stood in for by Spark ({@code ClickHouseFallbackWarehouse}), so the engine may change between answers.
 */
public interface Warehouse {
    /**
     * Which engine answers now, for logs, responses and the SQL console, e.g. {@code "Spark 4.0.1 (local[2])"}. An
     * answer that must name its engine asks {@link #statisticsAnswer}: the engine may change in between.
     */
    String engine();

    /**
     * The statistics of every organisation with a dossier in play in each period, by organisation code, as of
     * {@code today} (which ends the current, unfinished period and dates the restated view's structure).
     */
    Map<Period, Map<String, PeriodStatistics>> statistics(List<Period> periods, LocalDate today,
                                                          OrganisationView view);

    /**
     * {@link #statistics} with the engine that computed them: {@link #engine()} here, the engine that actually
     * answered in a warehouse that falls back from one engine to another.
     */
    default StatisticsAnswer statisticsAnswer(List<Period> periods, LocalDate today, OrganisationView view) {
        return new StatisticsAnswer(statistics(periods, today, view), engine());
    }

    /** {@link #statistics} of one period. */
    default Map<String, PeriodStatistics> statistics(Period period, LocalDate today, OrganisationView view) {
        return statistics(List.of(period), today, view).get(period);
    }

    /** Every organisation version and the successions, as stored. */
    OrganisationCatalogue catalogue();

    /** Statistics by period and organisation code, and the {@link #engine()} that computed them. */
    record StatisticsAnswer(Map<Period, Map<String, PeriodStatistics>> byPeriod, String engine) {
    }
}

package org.tthc.reports.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;

/**
 * What the reports read from the warehouse, and nothing else: the period statistics (the numbers of the statistics
 * packet), the organisations, and the dossiers behind the late counts. One implementation per engine
 * ({@link SparkReportData} over the Delta tables); the reports know none of them.
 */
public interface ReportData {
    /** Where the numbers come from, printed in each report's note, e.g. "Spark 4.0.1 (gold period_statistics)". */
    String source();

    /**
     * The statistics of each period as reported (the organisation structure of the period's end), by organisation
     * code: the same numbers as the statistics packet of the period.
     */
    Map<Period, Map<String, PeriodStatistics>> statistics(List<Period> periods, LocalDate today);

    OrganisationCatalogue catalogue();

    /**
     * The dossiers counted in SolvedLate and PendingLate of {@code orgCode} (with everything under it) in
     * {@code period}: as many of each kind as the statistics count.
     */
    List<LateDossier> lateDossiers(Period period, String orgCode, LocalDate today);
}

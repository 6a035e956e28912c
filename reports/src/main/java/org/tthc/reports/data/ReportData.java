package org.tthc.reports.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.SectorStatistics;

/**
 * What the reports read from the warehouse, and nothing else: the period statistics (the numbers of the statistics
 * packet) and their split by sector, the satisfaction index (the numbers of the rating packet {@code MVotes}), the
 * organisations, and the dossiers behind the late counts. One implementation per engine
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

    /**
     * The statistics of each period of {@link #statistics} split by sector (lĩnh vực): for every organisation, one
     * entry per sector of the dossiers it counts (and one for those without a sector), computed from the same data as
     * {@link #statistics}, so that an organisation's entries add up, count by count, to its statistics there.
     */
    Map<Period, List<SectorStatistics>> sectorStatistics(List<Period> periods, LocalDate today);

    OrganisationCatalogue catalogue();

    /**
     * The dossiers counted in SolvedLate and PendingLate of every organisation in {@code period} (each organisation
     * with everything under it), by organisation code: for each, as many of each kind as its statistics count, those
     * solved late first. Organisations without a late dossier are absent. A pack asks once per organisation:
     * implementations read the period once and keep the answer.
     */
    Map<String, List<LateDossier>> lateDossiers(Period period, LocalDate today);

    /**
     * The satisfaction index of each period as reported, by organisation code (each with everything under it): the
     * warehouse's rating statistics, the numbers of the {@code MVotes} packet. Organisations without a rating in a
     * period are absent.
     */
    Map<Period, Map<String, RatingStatistics>> ratings(List<Period> periods, LocalDate today);
}

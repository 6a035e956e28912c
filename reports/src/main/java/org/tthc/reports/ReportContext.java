package org.tthc.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.domain.statistics.SectorStatistics;
import org.tthc.reports.data.LateDossier;
import org.tthc.reports.data.ReportData;

/**
 * One report job: the reporting organisation, the period, the day it is evaluated as of, and the period's
 * statistics by organisation (as reported), read once and shared by every report of the pack; {@code history}
 * holds the statistics of the trend periods (the overview's twelve months), read in the same job;
 * {@code ratingHistory} the satisfaction index of the same periods; {@code sectors} reads the period's statistics
 * split by sector (form 06's sector rows) on first use, once for the pack.
 */
public record ReportContext(String orgCode, Period period, LocalDate today, Map<String, PeriodStatistics> statistics,
                           Map<Period, Map<String, PeriodStatistics>> history,
                           Map<Period, Map<String, RatingStatistics>> ratingHistory, ReportData data,
                           Supplier<List<SectorStatistics>> sectors) {
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The day whose organisation structure the numbers show: the period's last day, or today while it runs. */
    public LocalDate asOf() {
        return period.asOfDate(today);
    }

    /** The period's statistics by organisation and sector ({@link ReportData#sectorStatistics}). */
    public List<SectorStatistics> sectorStatistics() {
        return sectors.get();
    }

    /** The reporting organisation's late dossiers ({@link ReportData#lateDossiers}), those solved late first. */
    public List<LateDossier> lateDossiers() {
        return data.lateDossiers(period, today).getOrDefault(orgCode, List.of());
    }

    public OrganisationCatalogue catalogue() {
        return data.catalogue();
    }

    public String orgName() {
        return catalogue().contains(orgCode) ? catalogue().nameOn(orgCode, asOf()) : orgCode;
    }

    /** The reporting organisation's statistics: the numbers of its statistics packet. */
    public PeriodStatistics own() {
        return statistics.getOrDefault(orgCode,
                PeriodStatistics.zero(orgCode, period, RuleSet.inForceOn(period.to()).id()));
    }

    /** The satisfaction index of the period by organisation (as reported). */
    public Map<String, RatingStatistics> ratings() {
        return ratingHistory.getOrDefault(period, Map.of());
    }

    /** The reporting organisation's satisfaction index: the numbers of its {@code MVotes} packet. */
    public RatingStatistics ownRatings() {
        return ratings().getOrDefault(orgCode, RatingStatistics.none(orgCode, period));
    }

    /** The parameters of every template's header. */
    public Map<String, Object> headerParameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ReportingUnit", orgName());
        parameters.put("ReportingUnitCode", orgCode);
        parameters.put("PeriodName", periodName(period));
        parameters.put("PeriodRange", "Từ ngày " + DAY.format(period.from()) + " đến ngày " + DAY.format(period.to()));
        return parameters;
    }

    /** "Tháng 10 năm 2025", "Quý 3 năm 2025", "Năm 2025", or the range of a custom period. */
    public static String periodName(Period period) {
        return switch (period.kind()) {
            case MONTH -> "Tháng " + period.from().getMonthValue() + " năm " + period.from().getYear();
            case QUARTER -> "Quý " + ((period.from().getMonthValue() - 1) / 3 + 1) + " năm " + period.from().getYear();
            case YEAR -> "Năm " + period.from().getYear();
            case CUSTOM -> DAY.format(period.from()) + " – " + DAY.format(period.to());
        };
    }
}

package org.tthc.reports.data;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.tthc.domain.dossier.Apology;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingGrades;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.CountedField;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.SectorStatistics;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.statistics.Explain;
import org.tthc.warehouse.statistics.ExplainedDossier;
import org.tthc.warehouse.statistics.GoldRatings;
import org.tthc.warehouse.statistics.GoldStatistics;
import org.tthc.warehouse.statistics.SparkRatings;
import org.tthc.warehouse.statistics.SparkStatistics;
import org.tthc.warehouse.statistics.SparkWarehouse;

/**
 * {@link ReportData} from the Delta tables through Spark: a period's statistics from the gold table
 * {@code period_statistics} when it was recomputed there (the stored numbers, the ones sent), otherwise computed
 * by the same Spark SQL as {@code tthc stats}, and their split by sector from the same place; late dossiers from
 * {@link Explain} with the procedure names of the silver dossier table; the satisfaction index from the gold table
 * {@code rating_index} when recomputed there, otherwise by the same Spark SQL ({@link SparkRatings}) as
 * {@code tthc recompute}.
 */
public final class SparkReportData implements ReportData {
    private final DeltaWarehouse delta;
    private final SparkWarehouse warehouse;
    private final SparkStatistics sparkStatistics;
    private final GoldStatistics gold;
    private final GoldRatings goldRatings;
    private final SparkRatings ratings;
    private final List<String> sources = new ArrayList<>();

    public SparkReportData(DeltaWarehouse delta, Clock clock) {
        this.delta = delta;
        this.warehouse = new SparkWarehouse(delta);
        this.sparkStatistics = new SparkStatistics(delta);
        this.gold = new GoldStatistics(delta, clock);
        // the grades are not read here: a report grades the score with its own configured thresholds
        this.goldRatings = new GoldRatings(delta, RatingGrades.DEFAULT, clock);
        this.ratings = new SparkRatings(delta);
    }

    @Override
    public String source() {
        return warehouse.engine() + (sources.isEmpty() ? "" : ", " + String.join(", ", sources));
    }

    @Override
    public Map<Period, Map<String, PeriodStatistics>> statistics(List<Period> periods, LocalDate today) {
        Map<Period, Map<String, PeriodStatistics>> result = new LinkedHashMap<>();
        List<Period> missing = new ArrayList<>();
        boolean hasGold = java.nio.file.Files.isDirectory(delta.tablePath(WarehouseTable.PERIOD_STATISTICS));
        for (Period period : periods) {
            Map<String, PeriodStatistics> stored = hasGold ? gold.read(period, OrganisationView.AS_REPORTED) : Map.of();
            if (stored.isEmpty()) {
                missing.add(period);
            } else {
                result.put(period, stored);
                note("gold period_statistics");
            }
        }
        if (!missing.isEmpty()) {
            result.putAll(warehouse.statistics(missing, today, OrganisationView.AS_REPORTED));
            note("computed from silver");
        }
        return result;
    }

    /**
     * Per period, from the same place as {@link #statistics}: a period gold holds is split at the silver versions
     * and on the day gold recorded for it ({@link GoldStatistics#sectorStatistics}); the others are computed from
     * silver now, all in one Spark job.
     */
    @Override
    public Map<Period, List<SectorStatistics>> sectorStatistics(List<Period> periods, LocalDate today) {
        Map<Period, List<SectorStatistics>> result = new LinkedHashMap<>();
        List<Period> missing = new ArrayList<>();
        boolean hasGold = java.nio.file.Files.isDirectory(delta.tablePath(WarehouseTable.PERIOD_STATISTICS));
        for (Period period : periods) {
            List<SectorStatistics> stored = hasGold ? gold.sectorStatistics(period, OrganisationView.AS_REPORTED)
                    : List.of();
            if (stored.isEmpty()) {
                missing.add(period);
            } else {
                result.put(period, stored);
            }
        }
        if (!missing.isEmpty()) {
            result.putAll(sparkStatistics.computeBySector(missing, today, OrganisationView.AS_REPORTED));
        }
        return result;
    }

    @Override
    public Map<Period, Map<String, RatingStatistics>> ratings(List<Period> periods, LocalDate today) {
        Map<Period, Map<String, RatingStatistics>> result = new LinkedHashMap<>();
        if (!java.nio.file.Files.isDirectory(delta.tablePath(WarehouseTable.RATING))) {
            periods.forEach(p -> result.put(p, Map.of()));
            return result;
        }
        List<Period> missing = new ArrayList<>();
        boolean hasGold = java.nio.file.Files.isDirectory(delta.tablePath(WarehouseTable.RATING_INDEX));
        for (Period period : periods) {
            Map<String, RatingStatistics> stored = hasGold ? goldRatings.read(period, OrganisationView.AS_REPORTED)
                    : Map.of();
            if (stored.isEmpty()) {
                missing.add(period);
            } else {
                result.put(period, stored);
                note("gold rating_index");
            }
        }
        if (!missing.isEmpty()) {
            result.putAll(ratings.computeAll(missing, today, OrganisationView.AS_REPORTED));
            note("ratings computed from silver");
        }
        return result;
    }

    @Override
    public OrganisationCatalogue catalogue() {
        return warehouse.catalogue();
    }

    @Override
    public List<LateDossier> lateDossiers(Period period, String orgCode, LocalDate today) {
        Explain explain = new Explain(delta);
        List<ExplainedDossier> solvedLate = explain.dossiers(period, orgCode, CountedField.SOLVED_LATE, today,
                OrganisationView.AS_REPORTED);
        List<ExplainedDossier> pendingLate = explain.dossiers(period, orgCode, CountedField.PENDING_LATE, today,
                OrganisationView.AS_REPORTED);
        Map<String, String> procedures = procedureNames(solvedLate, pendingLate);
        Set<String> apologised = apologised(solvedLate, pendingLate, period.cutoff(today));
        List<LateDossier> late = new ArrayList<>();
        for (ExplainedDossier d : solvedLate) {
            late.add(late(LateDossier.Kind.SOLVED_LATE, d, procedures, apologised));
        }
        for (ExplainedDossier d : pendingLate) {
            late.add(late(LateDossier.Kind.PENDING_LATE, d, procedures, apologised));
        }
        return late;
    }

    private static LateDossier late(LateDossier.Kind kind, ExplainedDossier d, Map<String, String> procedures,
                                    Set<String> apologised) {
        String key = key(d.sourceSystem(), d.dossierCode());
        LocalDate end = kind == LateDossier.Kind.PENDING_LATE ? null : d.end();
        return new LateDossier(kind, d.dossierCode(), procedures.getOrDefault(key, ""), d.handlingOrgCode(),
                d.received(), d.due(), end, apologised.contains(key));
    }

    /** The dossiers of {@code first} and {@code second} with an apology step ({@link Apology}) before the cutoff. */
    private Set<String> apologised(List<ExplainedDossier> first, List<ExplainedDossier> second,
                                   LocalDateTime cutoff) {
        List<String> codes = new ArrayList<>();
        first.forEach(d -> codes.add(d.dossierCode()));
        second.forEach(d -> codes.add(d.dossierCode()));
        Set<String> keys = new HashSet<>();
        if (codes.isEmpty()) {
            return keys;
        }
        for (Row row : delta.table(WarehouseTable.DOSSIER_EVENT)
                .where(col("dossier_code").isin(codes.toArray())
                        .and(col("occurred_at").lt(lit(cutoff)))
                        .and(expr(Apology.sparkCondition("content"))))
                .select("source_system", "dossier_code").distinct().collectAsList()) {
            keys.add(key(row.getString(0), row.getString(1)));
        }
        return keys;
    }

    private Map<String, String> procedureNames(List<ExplainedDossier> first, List<ExplainedDossier> second) {
        List<String> codes = new ArrayList<>();
        first.forEach(d -> codes.add(d.dossierCode()));
        second.forEach(d -> codes.add(d.dossierCode()));
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        for (Row row : delta.table(WarehouseTable.DOSSIER).where(col("dossier_code").isin(codes.toArray()))
                .select("source_system", "dossier_code", "procedure_code", "procedure_name").collectAsList()) {
            String name = row.getString(3);
            String code = row.getString(2);
            names.put(key(row.getString(0), row.getString(1)),
                    name != null ? name : code != null ? code : "");
        }
        return names;
    }

    private static String key(String sourceSystem, String dossierCode) {
        return sourceSystem + "\u0000" + dossierCode;
    }

    private void note(String source) {
        if (!sources.contains(source)) {
            sources.add(source);
        }
    }
}

package org.tthc.reports.data;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
import org.tthc.warehouse.delta.TableSnapshot;
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
    private static final StructType KEY = new StructType()
            .add("key_source", DataTypes.StringType, false)
            .add("key_code", DataTypes.StringType, false);

    private final DeltaWarehouse delta;
    private final SparkWarehouse warehouse;
    private final SparkStatistics sparkStatistics;
    private final GoldStatistics gold;
    private final GoldRatings goldRatings;
    private final SparkRatings ratings;
    private final Explain explain;
    private final List<String> sources = new ArrayList<>();
    /** Late dossiers of the months asked for lately (a month of a large province: a few thousand rows). */
    private final Cache<LateKey, Map<String, List<LateDossier>>> late = Caffeine.newBuilder().maximumSize(4).build();

    public SparkReportData(DeltaWarehouse delta, Clock clock) {
        this.delta = delta;
        this.warehouse = new SparkWarehouse(delta);
        this.sparkStatistics = new SparkStatistics(delta);
        this.gold = new GoldStatistics(delta, clock);
        // the grades are not read here: a report grades the score with its own configured thresholds
        this.goldRatings = new GoldRatings(delta, RatingGrades.DEFAULT, clock);
        this.ratings = new SparkRatings(delta);
        this.explain = new Explain(delta);
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
        Map<Period, Map<String, PeriodStatistics>> gathered = hasGold
                ? gold.readAll(periods, OrganisationView.AS_REPORTED) : Map.of();
        for (Period period : periods) {
            Map<String, PeriodStatistics> stored = gathered.getOrDefault(period, Map.of());
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
        Map<Period, Map<String, RatingStatistics>> gathered = hasGold
                ? goldRatings.readAll(periods, OrganisationView.AS_REPORTED) : Map.of();
        for (Period period : periods) {
            Map<String, RatingStatistics> stored = gathered.getOrDefault(period, Map.of());
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

    /**
     * Read once per period, day and versions of the tables the statistics read, and kept (a pack asks once per
     * organisation, the API once per report): one Spark job lists the late dossiers of every organisation
     * ({@link Explain#dossiersByOrganisation}), one more finds their procedures' names and one their apologies.
     */
    @Override
    public Map<String, List<LateDossier>> lateDossiers(Period period, LocalDate today) {
        LateKey key = new LateKey(period, today, delta.tableVersions(SparkStatistics.SOURCE_TABLES));
        return late.get(key, k -> delta.readAt(k.versions(), snapshot -> readLate(period, today, snapshot)));
    }

    private Map<String, List<LateDossier>> readLate(Period period, LocalDate today, TableSnapshot snapshot) {
        Map<String, Map<CountedField, List<ExplainedDossier>>> byOrganisation = explain.dossiersByOrganisation(period,
                EnumSet.of(CountedField.SOLVED_LATE, CountedField.PENDING_LATE), today, OrganisationView.AS_REPORTED,
                snapshot);
        Set<List<String>> keys = new LinkedHashSet<>();
        byOrganisation.values().forEach(byField -> byField.values().forEach(dossiers -> dossiers.forEach(d ->
                keys.add(List.of(d.sourceSystem(), d.dossierCode())))));
        Map<List<String>, String> procedures = procedureNames(keys, snapshot);
        Set<List<String>> apologised = apologised(keys, period.cutoff(today), snapshot);
        Map<String, List<LateDossier>> late = new LinkedHashMap<>();
        byOrganisation.forEach((org, byField) -> {
            List<LateDossier> dossiers = new ArrayList<>();
            for (ExplainedDossier d : byField.get(CountedField.SOLVED_LATE)) {
                dossiers.add(late(LateDossier.Kind.SOLVED_LATE, d, procedures, apologised));
            }
            for (ExplainedDossier d : byField.get(CountedField.PENDING_LATE)) {
                dossiers.add(late(LateDossier.Kind.PENDING_LATE, d, procedures, apologised));
            }
            late.put(org, List.copyOf(dossiers));
        });
        return Collections.unmodifiableMap(late);
    }

    private static LateDossier late(LateDossier.Kind kind, ExplainedDossier d, Map<List<String>, String> procedures,
                                    Set<List<String>> apologised) {
        List<String> key = List.of(d.sourceSystem(), d.dossierCode());
        LocalDate end = kind == LateDossier.Kind.PENDING_LATE ? null : d.end();
        return new LateDossier(kind, d.dossierCode(), procedures.getOrDefault(key, ""), d.handlingOrgCode(),
                d.received(), d.due(), end, apologised.contains(key));
    }

    /** Of the dossiers {@code keys} (source system, dossier code), those with an apology step before the cutoff. */
    private Set<List<String>> apologised(Set<List<String>> keys, LocalDateTime cutoff, TableSnapshot snapshot) {
        Set<List<String>> found = new HashSet<>();
        if (keys.isEmpty()) {
            return found;
        }
        Dataset<Row> events = delta.session().table(snapshot.viewName(WarehouseTable.DOSSIER_EVENT))
                .where(col("occurred_at").lt(lit(cutoff)).and(expr(Apology.sparkCondition("content"))));
        for (Row row : of(events, keys).select("source_system", "dossier_code").distinct().collectAsList()) {
            found.add(List.of(row.getString(0), row.getString(1)));
        }
        return found;
    }

    /** The procedure's name (or code) of each of the dossiers {@code keys}. */
    private Map<List<String>, String> procedureNames(Set<List<String>> keys, TableSnapshot snapshot) {
        Map<List<String>, String> names = new HashMap<>();
        if (keys.isEmpty()) {
            return names;
        }
        Dataset<Row> dossiers = delta.session().table(snapshot.viewName(WarehouseTable.DOSSIER));
        for (Row row : of(dossiers, keys).select("source_system", "dossier_code", "procedure_code", "procedure_name")
                .collectAsList()) {
            String name = row.getString(3);
            String code = row.getString(2);
            names.put(List.of(row.getString(0), row.getString(1)), name != null ? name : code != null ? code : "");
        }
        return names;
    }

    /** The rows of {@code rows} whose (source_system, dossier_code) is one of {@code keys}: a broadcast semi-join. */
    private Dataset<Row> of(Dataset<Row> rows, Set<List<String>> keys) {
        Dataset<Row> wanted = delta.session().createDataFrame(
                keys.stream().map(k -> RowFactory.create(k.get(0), k.get(1))).toList(), KEY);
        return rows.join(broadcast(wanted), rows.col("source_system").equalTo(wanted.col("key_source"))
                .and(rows.col("dossier_code").equalTo(wanted.col("key_code"))), "left_semi");
    }

    private record LateKey(Period period, LocalDate today, Map<WarehouseTable, Long> versions) {
    }

    private void note(String source) {
        if (!sources.contains(source)) {
            sources.add(source);
        }
    }
}

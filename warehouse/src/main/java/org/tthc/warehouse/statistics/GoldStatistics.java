package org.tthc.warehouse.statistics;

import static org.apache.spark.sql.functions.col;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.SaveMode;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.SectorStatistics;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.TableSnapshot;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The gold table {@code period_statistics}: {@link SparkStatistics} computed over pinned Delta versions of the silver
 * tables and stored with those versions and the rule set, so that every stored number can be re-derived exactly
 * ({@link #rederive}). A recompute writes one Delta commit that replaces the rows of exactly its periods and view
 * ({@code replaceWhere}): a reader sees all the old rows of a period or all the new ones, never a mix.
 */
public final class GoldStatistics {
    /** The silver tables the statistics read, whose versions each gold row records. */
    static final List<WarehouseTable> SOURCES = List.of(WarehouseTable.DOSSIER, WarehouseTable.DOSSIER_SUPPLEMENT,
            WarehouseTable.DOSSIER_EVENT, WarehouseTable.ORG, WarehouseTable.ORG_SUCCESSION,
            WarehouseTable.HANDLING_ORG_CODE, WarehouseTable.STATUS_BUCKET);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeltaWarehouse warehouse;
    private final SparkStatistics statistics;
    private final Clock clock;

    public GoldStatistics(DeltaWarehouse warehouse, Clock clock) {
        this.warehouse = warehouse;
        this.statistics = new SparkStatistics(warehouse);
        this.clock = clock;
    }

    /**
     * Computes {@code periods} in {@code view} over the current versions of the silver tables, pinned before reading
     * so that every period and every table of the job is read at one consistent version, and replaces their rows in
     * gold in one commit. Returns the statistics written.
     */
    public Map<Period, Map<String, PeriodStatistics>> recompute(List<Period> periods, LocalDate today,
                                                                OrganisationView view) {
        Map<WarehouseTable, Long> versions = sourceVersions(warehouse.tableVersions());
        Map<Period, Map<String, PeriodStatistics>> results;
        try (TableSnapshot snapshot = warehouse.pin(versions)) {
            results = statistics.computeAll(periods, today, view, snapshot);
        }
        write(results, today, view, versions);
        return results;
    }

    /**
     * Brings gold up to date after loads that changed the silver tables from the versions {@code before} to their
     * current ones, recomputing only what can have changed and reading only the facts that can matter to it
     * ({@link SparkStatistics#computeRecent}); afterwards every period gold holds in {@code view} has the numbers a
     * full {@link #recompute} would give now. Recomputed, in one commit: {@code changed} (the periods the loads can
     * change, {@link LoadSpans#affectedPeriods}), and each stored period that is {@link RefreshPlan stale} for
     * another reason. The other stored periods of the view keep their numbers, which are the same at the new
     * versions, and are re-stamped with them (a second commit, numbers untouched) so that {@link #rederive} and the
     * next refresh start from the new versions.
     */
    public RefreshPlan refresh(List<Period> changed, Map<WarehouseTable, Long> before, LocalDate today,
                               OrganisationView view) {
        Map<WarehouseTable, Long> versions = sourceVersions(warehouse.tableVersions());
        RefreshPlan plan = RefreshPlan.of(changed, storedEvaluations(view), sourceVersions(before), versions, today,
                view);
        Map<Period, Map<String, PeriodStatistics>> results;
        try (TableSnapshot snapshot = warehouse.pin(versions)) {
            results = statistics.computeRecent(plan.recomputed(), today, view, snapshot);
        }
        if (!results.isEmpty()) {
            write(results, today, view, versions);
        }
        if (!plan.restamped().isEmpty()) {
            String keys = plan.restamped().stream().map(p -> quoted(p.toString())).collect(Collectors.joining(", "));
            DeltaTable.forPath(warehouse.session(), warehouse.tablePath(WarehouseTable.PERIOD_STATISTICS).toString())
                    .updateExpr("view = " + quoted(view.externalName()) + " AND period_key IN (" + keys + ")",
                            Map.of("source_versions", quoted(formatVersions(versions))));
        }
        return plan.withStatistics(results);
    }

    /**
     * Records that every stored row holds at the silver tables' current versions, numbers untouched: for silver tables
     * put back to the very content gold was computed from under new version numbers (a Delta RESTORE, as the
     * benchmarks do between runs). Anything else makes gold lie; {@link #refresh} is how gold follows a load.
     */
    public void adoptCurrentVersions() {
        String current = formatVersions(sourceVersions(warehouse.tableVersions()));
        DeltaTable.forPath(warehouse.session(), warehouse.tablePath(WarehouseTable.PERIOD_STATISTICS).toString())
                .updateExpr("true", Map.of("source_versions", quoted(current)));
    }

    /** How each period gold holds in {@code view} was evaluated: one row per period. */
    private List<RefreshPlan.StoredEvaluation> storedEvaluations(OrganisationView view) {
        return warehouse.table(WarehouseTable.PERIOD_STATISTICS)
                .where(col("view").equalTo(view.externalName()))
                .select("period_key", "as_of", "computed_on", "source_versions").distinct().collectAsList().stream()
                .map(row -> new RefreshPlan.StoredEvaluation(Period.parse(row.getAs("period_key")), row.getAs("as_of"),
                        row.getAs("computed_on"), parseVersions(row.getAs("source_versions"))))
                .toList();
    }

    private static Map<WarehouseTable, Long> sourceVersions(Map<WarehouseTable, Long> all) {
        Map<WarehouseTable, Long> versions = new EnumMap<>(WarehouseTable.class);
        all.forEach((table, version) -> {
            if (SOURCES.contains(table)) {
                versions.put(table, version);
            }
        });
        return versions;
    }

    /**
     * The statistics of {@code period} in {@code view} computed again from what gold recorded for them: the same
     * Delta versions of the silver tables (time travel) and the same day. Gives the stored numbers whatever was
     * ingested since; empty when gold holds no row of the period and view.
     */
    public Map<String, PeriodStatistics> rederive(Period period, OrganisationView view) {
        return atRecordedVersions(period, view, Map.of(), (today, snapshot, ruleSet) -> {
            Map<String, PeriodStatistics> result = statistics.computeAll(List.of(period), today, view, snapshot)
                    .get(period);
            requireRuleSet(period, ruleSet, result.values());
            return result;
        });
    }

    /**
     * The stored statistics of {@code period} in {@code view} split by sector (lĩnh vực): computed
     * ({@link SparkStatistics#computeBySector}) at the Delta versions and on the day gold recorded for the period, so
     * that each organisation's sectors add up exactly to its stored numbers ({@link #read}) whatever was ingested
     * since. Empty when gold holds no row of the period and view.
     */
    public List<SectorStatistics> sectorStatistics(Period period, OrganisationView view) {
        return atRecordedVersions(period, view, List.of(), (today, snapshot, ruleSet) -> {
            List<SectorStatistics> result = statistics.computeBySector(List.of(period), today, view, snapshot)
                    .get(period);
            requireRuleSet(period, ruleSet, result.stream().map(SectorStatistics::statistics).toList());
            return result;
        });
    }

    /** A computation at what gold recorded for a period: the day it was computed on, its versions, its rule set. */
    private interface RecordedComputation<T> {
        T apply(LocalDate computedOn, TableSnapshot snapshot, String ruleSet);
    }

    /** {@code computation} over the silver versions gold recorded for the period; {@code none} when gold has none. */
    private <T> T atRecordedVersions(Period period, OrganisationView view, T none, RecordedComputation<T> computation) {
        List<Row> recorded = stored(period, view);
        if (recorded.isEmpty()) {
            return none;
        }
        Row first = recorded.get(0);
        Map<WarehouseTable, Long> versions = parseVersions(first.getAs("source_versions"));
        try (TableSnapshot snapshot = warehouse.pin(versions)) {
            return computation.apply(first.getAs("computed_on"), snapshot, first.getAs("rule_set"));
        }
    }

    private static void requireRuleSet(Period period, String recordedRuleSet, Collection<PeriodStatistics> computed) {
        computed.stream().filter(s -> !s.ruleSet().equals(recordedRuleSet)).findAny().ifPresent(s -> {
            throw new IllegalStateException("period " + period + " was computed under rule set " + recordedRuleSet
                    + " but the platform now applies " + s.ruleSet() + " to it");
        });
    }

    /** The statistics stored in gold for {@code period} and {@code view}, by organisation code. */
    public Map<String, PeriodStatistics> read(Period period, OrganisationView view) {
        return readAll(List.of(period), view).get(period);
    }

    /**
     * {@link #read} of each of {@code periods} in one Spark job (a report's thirteen months would otherwise be thirteen
     * jobs): every period is a key of the answer, those gold does not hold map to an empty map.
     */
    public Map<Period, Map<String, PeriodStatistics>> readAll(List<Period> periods, OrganisationView view) {
        Map<String, Period> byKey = new LinkedHashMap<>();
        Map<Period, Map<String, PeriodStatistics>> result = new LinkedHashMap<>();
        for (Period period : periods) {
            byKey.put(period.toString(), period);
            result.put(period, new TreeMap<>());
        }
        if (byKey.isEmpty()) {
            return result;
        }
        for (Row row : warehouse.table(WarehouseTable.PERIOD_STATISTICS)
                .where(col("period_key").isin(byKey.keySet().toArray()).and(col("view").equalTo(view.externalName())))
                .collectAsList()) {
            Period period = byKey.get(row.<String>getAs("period_key"));
            result.get(period).put(row.getAs("org_code"), new PeriodStatistics(row.getAs("org_code"), period,
                    row.getAs("rule_set"), row.<Long>getAs("total"), row.<Long>getAs("pre_existing"),
                    row.<Long>getAs("new_reception"), row.<Long>getAs("new_reception_online"),
                    row.<Long>getAs("total_solved"), row.<Long>getAs("solved_in_time"),
                    row.<Long>getAs("solved_ahead_of_time"), row.<Long>getAs("solved_late"),
                    row.<Long>getAs("total_pending"), row.<Long>getAs("pending_late")));
        }
        return result;
    }

    /** The silver versions the stored rows of {@code period} and {@code view} were computed from; empty if none. */
    public Map<WarehouseTable, Long> sourceVersions(Period period, OrganisationView view) {
        List<Row> recorded = stored(period, view);
        return recorded.isEmpty() ? Map.of() : parseVersions(recorded.get(0).getAs("source_versions"));
    }

    private List<Row> stored(Period period, OrganisationView view) {
        return warehouse.table(WarehouseTable.PERIOD_STATISTICS)
                .where(col("period_key").equalTo(period.toString()).and(col("view").equalTo(view.externalName())))
                .collectAsList();
    }

    private void write(Map<Period, Map<String, PeriodStatistics>> results, LocalDate today, OrganisationView view,
                       Map<WarehouseTable, Long> versions) {
        LocalDateTime computedAt = LocalDateTime.now(clock.withZone(ZONE));
        String sourceVersions = formatVersions(versions);
        List<Row> rows = new ArrayList<>();
        results.forEach((period, byOrg) -> byOrg.values().forEach(s -> rows.add(RowFactory.create(
                period.toString(), period.kind().name(), period.from(), period.to(), view.externalName(), s.orgCode(),
                s.total(), s.preExisting(), s.newReception(), s.newReceptionOnline(), s.totalSolved(),
                s.solvedInTime(), s.solvedAheadOfTime(), s.solvedLate(), s.totalPending(), s.pendingLate(),
                s.ruleSet(), period.asOfDate(today), today, computedAt, sourceVersions))));
        // Exactly the recomputed periods of this view: one commit that removes their old rows and adds the new ones.
        // Period keys and view names are the platform's own (Period.toString, externalName); quotes are doubled anyway.
        String periodKeys = results.keySet().stream().map(p -> quoted(p.toString())).collect(Collectors.joining(", "));
        String replaced = "period_key IN (" + periodKeys + ") AND view = " + quoted(view.externalName());
        warehouse.writing(WarehouseTable.PERIOD_STATISTICS, () -> warehouse.session()
                .createDataFrame(rows, WarehouseTable.PERIOD_STATISTICS.schema()).write().format("delta")
                .mode(SaveMode.Overwrite).option("replaceWhere", replaced)
                .save(warehouse.tablePath(WarehouseTable.PERIOD_STATISTICS).toString()));
    }

    static String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    static String formatVersions(Map<WarehouseTable, Long> versions) {
        Map<String, Long> byName = new TreeMap<>();
        versions.forEach((table, version) -> byName.put(table.tableName(), version));
        try {
            return JSON.writeValueAsString(byName);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<WarehouseTable, Long> parseVersions(String json) {
        Map<WarehouseTable, Long> versions = new EnumMap<>(WarehouseTable.class);
        try {
            JSON.readValue(json, new TypeReference<Map<String, Long>>() { }).forEach((name, version) ->
                    versions.put(WarehouseTable.valueOf(name.toUpperCase(Locale.ROOT)), version));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable source_versions in gold: " + json, e);
        }
        return versions;
    }
}

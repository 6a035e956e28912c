package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.domain.statistics.SectorStatistics;
import org.tthc.warehouse.StatisticsEngine;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.TableSnapshot;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SqlResource;

/**
 * The statistics of statistics-rules §3, computed by Spark SQL over the warehouse's Delta tables
 * ({@code period-statistics.sql}). Gives exactly what {@code ReferenceStatistics.compute} gives for the records and
 * events stored in the warehouse; the cross-engine tests prove it on generated data. The same counts per
 * organisation and sector ({@code period-sector-statistics.sql}) give form 06 its sector rows.
 */
public final class SparkStatistics implements StatisticsEngine {
    /** The tables {@code dossier-outcomes.sql} and the organisation roll-up read: what the statistics depend on. */
    public static final Set<WarehouseTable> SOURCE_TABLES = Collections.unmodifiableSet(EnumSet.of(
            WarehouseTable.DOSSIER, WarehouseTable.DOSSIER_EVENT, WarehouseTable.DOSSIER_SUPPLEMENT,
            WarehouseTable.STATUS_BUCKET, WarehouseTable.ORG, WarehouseTable.ORG_SUCCESSION,
            WarehouseTable.HANDLING_ORG_CODE));
    static final String DOSSIER_OUTCOMES = SqlResource.load(SparkStatistics.class, "dossier-outcomes.sql");
    private static final String PERIOD_STATISTICS = SqlResource.load(SparkStatistics.class, "period-statistics.sql")
            .replace("{outcomes}", DOSSIER_OUTCOMES);
    private static final String PERIOD_SECTOR_STATISTICS = SqlResource.load(SparkStatistics.class,
            "period-sector-statistics.sql").replace("{outcomes}", DOSSIER_OUTCOMES);
    /** Organisation code, then sector code with the dossiers without a sector last. */
    private static final Comparator<SectorStatistics> BY_ORGANISATION_AND_SECTOR =
            Comparator.comparing(SectorStatistics::orgCode)
                    .thenComparing(SectorStatistics::sectorCode, Comparator.nullsLast(Comparator.naturalOrder()));

    private final DeltaWarehouse warehouse;
    private final SparkSession spark;

    public SparkStatistics(DeltaWarehouse warehouse) {
        this.warehouse = warehouse;
        this.spark = warehouse.session();
    }

    /**
     * Several periods in one Spark job. The roll-up of each period is computed in Java from the stored organisations
     * ({@link PeriodOrganisationRollup}) and given to the SQL as a temporary view of its own, dropped afterwards, so
     * concurrent computations do not share it.
     */
    @Override
    public Map<Period, Map<String, PeriodStatistics>> computeAll(List<Period> periods, LocalDate today,
                                                                 OrganisationView view) {
        return computeAll(periods, today, view, warehouse.latest());
    }

    /**
     * {@link #computeAll(List, LocalDate, OrganisationView)} over the tables as {@code snapshot} shows them (e.g. the
     * Delta versions pinned by {@link DeltaWarehouse#pin}): the dossiers, events, supplement rounds, status buckets,
     * organisations and handling codes all read through it.
     */
    public Map<Period, Map<String, PeriodStatistics>> computeAll(List<Period> periods, LocalDate today,
                                                                 OrganisationView view, TableSnapshot snapshot) {
        return compute(periods, today, view, snapshot, outcomeArguments(snapshot));
    }

    /**
     * {@link #computeAll(List, LocalDate, OrganisationView, TableSnapshot)} reading only the facts that can matter to
     * {@code periods} ({@link RecentFacts}): the same numbers, at a cost that follows the dossiers still open at the
     * earliest period's start and those received since, rather than the whole history. Meant for recent periods
     * (a refresh after a load); for old ones it reads as much as a full computation.
     */
    public Map<Period, Map<String, PeriodStatistics>> computeRecent(List<Period> periods, LocalDate today,
                                                                    OrganisationView view, TableSnapshot snapshot) {
        if (periods.isEmpty()) {
            return new LinkedHashMap<>();
        }
        try (RecentFacts facts = RecentFacts.register(spark, snapshot, periods)) {
            Map<String, Object> args = new HashMap<>(outcomeArguments(snapshot));
            args.putAll(facts.outcomeArguments());
            return compute(periods, today, view, snapshot, args);
        }
    }

    private Map<Period, Map<String, PeriodStatistics>> compute(List<Period> periods, LocalDate today,
                                                               OrganisationView view, TableSnapshot snapshot,
                                                               Map<String, Object> tables) {
        Map<Period, Map<String, PeriodStatistics>> results = new LinkedHashMap<>();
        periods.stream().distinct().forEach(period -> results.put(period, new TreeMap<>()));
        run(PERIOD_STATISTICS, periods, today, view, snapshot, tables, (period, ruleSet, row) -> {
            PeriodStatistics statistics = toStatistics(row, period, ruleSet);
            results.get(period).put(statistics.orgCode(), statistics);
        });
        return results;
    }

    /**
     * {@link #computeAll(List, LocalDate, OrganisationView)} per organisation and sector (lĩnh vực), on the latest
     * data: {@link #computeBySector(List, LocalDate, OrganisationView, TableSnapshot)}.
     */
    public Map<Period, List<SectorStatistics>> computeBySector(List<Period> periods, LocalDate today,
                                                               OrganisationView view) {
        return computeBySector(periods, today, view, warehouse.latest());
    }

    /**
     * The statistics of {@link #computeAll(List, LocalDate, OrganisationView, TableSnapshot)} split by the sector of
     * each dossier ({@code period-sector-statistics.sql}: the same outcome rows and roll-up): for each period, one
     * entry per organisation and sector with a dossier in play, ordered by organisation code, then sector code (the
     * dossiers without a sector last). An organisation's entries add up to its statistics of {@code computeAll}
     * over the same snapshot, count by count.
     */
    public Map<Period, List<SectorStatistics>> computeBySector(List<Period> periods, LocalDate today,
                                                               OrganisationView view, TableSnapshot snapshot) {
        Map<Period, List<SectorStatistics>> results = new LinkedHashMap<>();
        periods.stream().distinct().forEach(period -> results.put(period, new ArrayList<>()));
        run(PERIOD_SECTOR_STATISTICS, periods, today, view, snapshot, outcomeArguments(snapshot),
                (period, ruleSet, row) -> results.get(period).add(new SectorStatistics(row.getAs("sector_code"),
                        row.getAs("sector_name"), toStatistics(row, period, ruleSet))));
        results.values().forEach(list -> list.sort(BY_ORGANISATION_AND_SECTOR));
        return results;
    }

    /** What a statistics query gives for one of its rows: the row of {@code period}, under {@code ruleSet}. */
    private interface RowSink {
        void accept(Period period, String ruleSet, Row row);
    }

    /**
     * Runs {@code sql} (a query over {@code dossier-outcomes.sql} and the roll-up) for the distinct {@code periods}
     * in one Spark job, with the period arrays, the job's roll-up view and {@code tables} as its parameters.
     */
    private void run(String sql, List<Period> periods, LocalDate today, OrganisationView view, TableSnapshot snapshot,
                     Map<String, Object> tables, RowSink sink) {
        List<Period> distinct = periods.stream().distinct().toList();
        int n = distinct.size();
        if (n == 0) {
            return;
        }
        int[] periodNo = new int[n];
        LocalDate[] from = new LocalDate[n];
        LocalDateTime[] cutoff = new LocalDateTime[n];
        LocalDate[] asOf = new LocalDate[n];
        String[] ruleSet = new String[n];
        for (int i = 0; i < n; i++) {
            Period period = distinct.get(i);
            periodNo[i] = i;
            from[i] = period.from();
            cutoff[i] = period.cutoff(today);
            asOf[i] = period.asOfDate(today);
            ruleSet[i] = RuleSet.inForceOn(period.to()).id();
        }
        String rollupView = registerRollup(distinct, today, view, snapshot);
        try {
            Map<String, Object> args = new HashMap<>(tables);
            args.putAll(Map.of("period_no", periodNo, "from", from, "cutoff", cutoff, "asof", asOf,
                    "ruleset", ruleSet, "period_org_rollup", rollupView));
            for (Row row : spark.sql(sql, args).collectAsList()) {
                int i = row.<Integer>getAs("period_no");
                sink.accept(distinct.get(i), ruleSet[i], row);
            }
        } finally {
            spark.catalog().dropTempView(rollupView);
        }
    }

    /** Registers the job's roll-up relation under a name of its own; the caller drops it. */
    String registerRollup(List<Period> periods, LocalDate today, OrganisationView view, TableSnapshot snapshot) {
        String rollupView = "period_org_rollup_" + UUID.randomUUID().toString().replace("-", "");
        spark.createDataFrame(PeriodOrganisationRollup.rows(warehouse.catalogue(snapshot),
                warehouse.handlingOrgCodes(snapshot), periods, today, view), PeriodOrganisationRollup.SCHEMA)
                .createOrReplaceTempView(rollupView);
        return rollupView;
    }

    /** The table-name parameters of {@code dossier-outcomes.sql}. */
    static Map<String, Object> outcomeArguments(TableSnapshot snapshot) {
        return Map.of("dossier_table", snapshot.viewName(WarehouseTable.DOSSIER),
                "dossier_event_table", snapshot.viewName(WarehouseTable.DOSSIER_EVENT),
                "dossier_supplement_table", snapshot.viewName(WarehouseTable.DOSSIER_SUPPLEMENT),
                "status_bucket_table", snapshot.viewName(WarehouseTable.STATUS_BUCKET));
    }

    private static PeriodStatistics toStatistics(Row row, Period period, String ruleSet) {
        return new PeriodStatistics(row.getAs("org_code"), period, ruleSet,
                row.<Long>getAs("total"),
                row.<Long>getAs("pre_existing"),
                row.<Long>getAs("new_reception"),
                row.<Long>getAs("new_reception_online"),
                row.<Long>getAs("total_solved"),
                row.<Long>getAs("solved_in_time"),
                row.<Long>getAs("solved_ahead_of_time"),
                row.<Long>getAs("solved_late"),
                row.<Long>getAs("total_pending"),
                row.<Long>getAs("pending_late"));
    }
}

package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.domain.statistics.StatusBucket;
import org.tthc.domain.statistics.StatusBuckets;
import org.tthc.warehouse.delta.TableSnapshot;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SqlResource;

/**
 * The facts a statistics job over recent periods reads, as temporary views of one job: the dossiers that can be in
 * play in a period starting on or after the earliest period's start ({@code dossiers-in-play-since.sql}), and only
 * their events and supplement rounds. Every dossier's outcome depends on its own record, events and rounds alone, so
 * the job computes exactly what it computes over all facts. The dossiers kept are cached for the job (the events and
 * rounds are filtered by their keys); {@link #close} drops the views and the cache.
 */
final class RecentFacts implements AutoCloseable {
    private static final String DOSSIERS_IN_PLAY_SINCE = SqlResource.load(RecentFacts.class,
            "dossiers-in-play-since.sql");

    private final SparkSession spark;
    private final Dataset<Row> dossiers;
    private final Map<WarehouseTable, String> views;

    private RecentFacts(SparkSession spark, Dataset<Row> dossiers, Map<WarehouseTable, String> views) {
        this.spark = spark;
        this.dossiers = dossiers;
        this.views = views;
    }

    static RecentFacts register(SparkSession spark, TableSnapshot snapshot, List<Period> periods) {
        LocalDate from = periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
        List<StatusBuckets> buckets = periods.stream().map(p -> RuleSet.inForceOn(p.to()).id()).distinct()
                .map(StatusBuckets::of).toList();
        String job = UUID.randomUUID().toString().replace("-", "");
        Dataset<Row> dossiers = spark.sql(DOSSIERS_IN_PLAY_SINCE, Map.of(
                "dossier_table", snapshot.viewName(WarehouseTable.DOSSIER),
                "dossier_event_table", snapshot.viewName(WarehouseTable.DOSSIER_EVENT),
                "from", from.atStartOfDay(),
                "from_month", YearMonth.from(from).toString(),
                "solved_status", solvedUnderAny(buckets),
                "ended_status", solvedUnderEvery(buckets)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Map<WarehouseTable, String> views = Map.of(
                WarehouseTable.DOSSIER, "recent_dossier_" + job,
                WarehouseTable.DOSSIER_EVENT, "recent_dossier_event_" + job,
                WarehouseTable.DOSSIER_SUPPLEMENT, "recent_dossier_supplement_" + job);
        dossiers.createOrReplaceTempView(views.get(WarehouseTable.DOSSIER));
        for (WarehouseTable facts : List.of(WarehouseTable.DOSSIER_EVENT, WarehouseTable.DOSSIER_SUPPLEMENT)) {
            // a semi join on the dossier key: each fact of a kept dossier, once
            spark.sql("SELECT /*+ BROADCAST(d) */ f.* FROM IDENTIFIER(:facts) f LEFT SEMI JOIN IDENTIFIER(:kept) d"
                            + " ON d.source_system = f.source_system AND d.dossier_code = f.dossier_code",
                    Map.of("facts", snapshot.viewName(facts), "kept", views.get(WarehouseTable.DOSSIER)))
                    .createOrReplaceTempView(views.get(facts));
        }
        return new RecentFacts(spark, dossiers, views);
    }

    /** The table parameters of {@code dossier-outcomes.sql} that name these views. */
    Map<String, Object> outcomeArguments() {
        return Map.of("dossier_table", views.get(WarehouseTable.DOSSIER),
                "dossier_event_table", views.get(WarehouseTable.DOSSIER_EVENT),
                "dossier_supplement_table", views.get(WarehouseTable.DOSSIER_SUPPLEMENT));
    }

    static int[] solvedUnderAny(List<StatusBuckets> buckets) {
        return codes(buckets, false);
    }

    static int[] solvedUnderEvery(List<StatusBuckets> buckets) {
        return codes(buckets, true);
    }

    private static int[] codes(List<StatusBuckets> buckets, boolean every) {
        Set<Integer> codes = new TreeSet<>();
        for (StatusCode status : StatusCode.values()) {
            boolean any = buckets.stream().anyMatch(b -> b.bucketOf(status) == StatusBucket.SOLVED);
            boolean all = buckets.stream().allMatch(b -> b.bucketOf(status) == StatusBucket.SOLVED);
            if (every ? all : any) {
                codes.add(status.code());
            }
        }
        return codes.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void close() {
        views.values().forEach(view -> spark.catalog().dropTempView(view));
        dossiers.unpersist();
    }
}

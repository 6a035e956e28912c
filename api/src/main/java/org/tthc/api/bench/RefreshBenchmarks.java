package org.tthc.api.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.domain.statistics.StatusBucket;
import org.tthc.domain.statistics.StatusBuckets;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.statistics.GoldStatistics;
import org.tthc.warehouse.statistics.RefreshPlan;
import org.tthc.warehouse.statistics.StatisticsRefresh;

/**
 * The incremental refresh of gold after one day's load (issue 9) against a full recompute of gold, both on Spark in
 * the as-reported view. Gold first holds every month of the data and their years ({@code stats-full} is exactly that
 * computation). Before each {@code refresh-1day} run, untimed, one day's batch is loaded: the dossiers received on the
 * data's last day again under new codes (new dossiers, with their events and supplement rounds), and twice as many
 * dossiers still in progress finished that day (a new record version and a new event each), all under one batch id.
 * The timed run finds the periods the batch can change and refreshes them ({@link StatisticsRefresh#afterLoad}).
 * The batch is written with Spark SQL, not through the packet pipeline: the load is measured by other benchmarks.
 * Before each run, and after the last, the tables are restored (Delta RESTORE) to their versions after the first
 * gold computation, kept beside the tier's data, and gold adopts the restored versions (same content, new numbers).
 */
public final class RefreshBenchmarks {
    static final String BATCH_ID = "bench-day";
    private static final String BASE_VERSIONS_FILE = "refresh-base-versions.properties";
    private static final List<WarehouseTable> RESTORED = List.of(WarehouseTable.DOSSIER, WarehouseTable.DOSSIER_EVENT,
            WarehouseTable.DOSSIER_SUPPLEMENT, WarehouseTable.PERIOD_STATISTICS);

    private RefreshBenchmarks() {
    }

    /** {@code stats-full} and {@code refresh-1day} over {@code warehouse}, evaluated on {@code today}. */
    public static List<Benchmark> of(DeltaWarehouse warehouse, LocalDate today, Path scratch,
                                     Consumer<String> progress) {
        Tables tables = new Tables(warehouse, today, scratch, progress);
        return List.of(new Full(tables), new Refresh(tables));
    }

    /** Gold computed once, the tables' versions after that, and the restore to them. */
    static final class Tables {
        private final DeltaWarehouse warehouse;
        private final LocalDate today;
        private final Path scratch;
        private final Consumer<String> progress;
        private final GoldStatistics gold;
        private Map<WarehouseTable, Long> base;
        private List<Period> periods;

        Tables(DeltaWarehouse warehouse, LocalDate today, Path scratch, Consumer<String> progress) {
            this.warehouse = warehouse;
            this.today = today;
            this.scratch = scratch;
            this.progress = progress;
            this.gold = new GoldStatistics(warehouse, Clock.systemUTC());
        }

        synchronized void prepare() {
            if (base != null) {
                return;
            }
            periods = dataPeriods();
            Path file = scratch.resolve(BASE_VERSIONS_FILE);
            base = read(file);
            if (base == null) {
                progress.accept("refresh: computing gold once for " + periods.size() + " periods (untimed)");
                gold.recompute(periods, today, OrganisationView.AS_REPORTED);
                base = new EnumMap<>(WarehouseTable.class);
                Map<WarehouseTable, Long> versions = warehouse.tableVersions();
                RESTORED.forEach(table -> base.put(table, versions.get(table)));
                write(file, base);
            }
            restore();
        }

        /** Every month from the first dossier's to the month before today's (the data's), and their years. */
        private List<Period> dataPeriods() {
            Row range = warehouse.table(WarehouseTable.DOSSIER).selectExpr("min(received_month)").first();
            YearMonth first = YearMonth.parse(range.getString(0));
            YearMonth last = YearMonth.from(today.minusDays(1));
            List<Period> months = new ArrayList<>();
            List<Period> years = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(Period.month(m.getYear(), m.getMonthValue()));
                if (m.equals(first) || m.getMonthValue() == 1) {
                    years.add(Period.year(m.getYear()));
                }
            }
            months.addAll(years);
            return months;
        }

        /** The periods gold holds: set by {@link #prepare}. */
        List<Period> periods() {
            return periods;
        }

        void restore() {
            Map<WarehouseTable, Long> current = warehouse.tableVersions();
            boolean restored = false;
            for (WarehouseTable table : RESTORED) {
                if (!current.get(table).equals(base.get(table))) {
                    DeltaTable.forPath(warehouse.session(), warehouse.tablePath(table).toString())
                            .restoreToVersion(base.get(table));
                    restored = true;
                }
            }
            if (restored) {
                gold.adoptCurrentVersions();
            }
        }

        private static Map<WarehouseTable, Long> read(Path file) {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            Map<WarehouseTable, Long> versions = new EnumMap<>(WarehouseTable.class);
            RESTORED.forEach(t -> versions.put(t, Long.parseLong(properties.getProperty(t.tableName()))));
            return versions;
        }

        private static void write(Path file, Map<WarehouseTable, Long> versions) {
            String text = versions.entrySet().stream().map(e -> e.getKey().tableName() + "=" + e.getValue())
                    .collect(Collectors.joining("\n", "", "\n"));
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static final class Full implements Benchmark {
        private final Tables tables;

        Full(Tables tables) {
            this.tables = tables;
        }

        @Override
        public String name() {
            return "stats-full";
        }

        @Override
        public String description() {
            return "full recompute of gold on Spark: every month of the data and their years, as-reported";
        }

        @Override
        public void setUp() {
            tables.prepare();
        }

        @Override
        public void beforeEachRun() {
            tables.restore();
        }

        @Override
        public String run() {
            Map<Period, Map<String, PeriodStatistics>> written = tables.gold.recompute(tables.periods, tables.today,
                    OrganisationView.AS_REPORTED);
            return written.size() + " periods";
        }

        @Override
        public void tearDown() {
            tables.restore();
        }
    }

    private static final class Refresh implements Benchmark {
        private final Tables tables;
        private Map<WarehouseTable, Long> before;
        private long changed;

        Refresh(Tables tables) {
            this.tables = tables;
        }

        @Override
        public String name() {
            return "refresh-1day";
        }

        @Override
        public String description() {
            return "incremental refresh of gold after a one-day load (new dossiers, finished ones)";
        }

        @Override
        public String baseline() {
            return "stats-full";
        }

        @Override
        public double goal() {
            return 10;
        }

        @Override
        public void setUp() {
            tables.prepare();
        }

        @Override
        public void beforeEachRun() {
            tables.restore();
            before = tables.warehouse.tableVersions();
            changed = loadDay(tables.warehouse, tables.today.minusDays(1));
        }

        @Override
        public String run() {
            Map<OrganisationView, RefreshPlan> plans = new StatisticsRefresh(tables.warehouse, tables.gold)
                    .afterLoad(before, tables.today);
            RefreshPlan plan = plans.get(OrganisationView.AS_REPORTED);
            return String.format(Locale.ROOT, "%,d dossiers changed; recomputed %s; %d periods unchanged", changed,
                    plan.recomputed().stream().map(Period::toString).collect(Collectors.joining(" ")),
                    plan.restamped().size());
        }

        @Override
        public void tearDown() {
            tables.restore();
        }
    }

    /**
     * Loads one day's batch for {@code day} under {@link #BATCH_ID}: the dossiers received that day again under new
     * codes, and twice as many dossiers in progress finished that day. Returns the dossiers written.
     */
    static long loadDay(DeltaWarehouse warehouse, LocalDate day) {
        SparkSession spark = warehouse.session();
        String start = "TIMESTAMP_NTZ '" + day + " 00:00:00'";
        String finish = "TIMESTAMP_NTZ '" + day + " 15:30:00'";
        Dataset<Row> received = spark.table("dossier")
                .where("received_at >= " + start + " AND received_at < " + start + " + INTERVAL 1 DAY").cache();
        long fresh = received.count();
        received.withColumn("dossier_code", concat(col("dossier_code"), lit("-N")))
                .withColumn("batch_id", lit(BATCH_ID))
                .write().format("delta").mode("append").save(path(warehouse, WarehouseTable.DOSSIER));
        received.createOrReplaceTempView("bench_day_received");
        for (WarehouseTable facts : List.of(WarehouseTable.DOSSIER_EVENT, WarehouseTable.DOSSIER_SUPPLEMENT)) {
            Dataset<Row> copies = spark.sql("SELECT f.* FROM " + facts.tableName() + " f LEFT SEMI JOIN "
                            + "bench_day_received r ON r.source_system = f.source_system AND r.dossier_code = f.dossier_code")
                    .withColumn("dossier_code", concat(col("dossier_code"), lit("-N")));
            if (facts == WarehouseTable.DOSSIER_EVENT) {
                copies = copies.withColumn("event_id", concat(col("event_id"), lit("-N")))
                        .withColumn("batch_id", lit(BATCH_ID));
            }
            copies.write().format("delta").mode("append").save(path(warehouse, facts));
        }
        spark.catalog().dropTempView("bench_day_received");
        received.unpersist();

        StatusBuckets buckets = RuleSet.inForceOn(day).statusBuckets();
        String processing = Arrays.stream(StatusCode.values())
                .filter(s -> buckets.bucketOf(s) == StatusBucket.PROCESSING)
                .map(s -> String.valueOf(s.code())).collect(Collectors.joining(", "));
        Dataset<Row> progressed = spark.sql("SELECT source_system, dossier_code FROM dossier WHERE status IN ("
                + processing + ") AND received_at < " + start + " ORDER BY xxhash64(dossier_code) LIMIT "
                + Math.max(1, 2 * fresh)).cache();
        long finished = progressed.count();
        DeltaTable.forPath(spark, path(warehouse, WarehouseTable.DOSSIER)).as("t")
                .merge(progressed.as("s"), "t.source_system = s.source_system AND t.dossier_code = s.dossier_code")
                .whenMatched().updateExpr(Map.of(
                        "status", String.valueOf(StatusCode.RESULT_RETURNED.code()),
                        "finished_at", finish,
                        "returned_at", finish,
                        "version_updated_at", finish,
                        "content_hash", "sha2(concat(t.content_hash, ':" + BATCH_ID + "'), 256)",
                        "batch_id", "'" + BATCH_ID + "'"))
                .execute();
        progressed.selectExpr("source_system", "dossier_code",
                        "concat('" + BATCH_ID + "-', dossier_code) AS event_id", finish + " AS occurred_at",
                        StatusCode.RESULT_RETURNED.code() + " AS status",
                        "'" + BATCH_ID + "' AS batch_id",
                        "'" + YearMonth.from(day) + "' AS occurred_month")
                .write().format("delta").mode("append")
                .save(path(warehouse, WarehouseTable.DOSSIER_EVENT));
        progressed.unpersist();
        return fresh + finished;
    }

    private static String path(DeltaWarehouse warehouse, WarehouseTable table) {
        return warehouse.tablePath(table).toString();
    }
}

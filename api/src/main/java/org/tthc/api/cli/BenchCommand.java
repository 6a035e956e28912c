package org.tthc.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.postgresql.ds.PGSimpleDataSource;
import org.tthc.api.bench.ApiStatisticsBenchmark;
import org.tthc.api.bench.LoadBenchmark;
import org.tthc.api.bench.BenchData;
import org.tthc.api.bench.ReportBenchmarks;
import org.tthc.api.bench.BenchReport;
import org.tthc.api.bench.BenchRunner;
import org.tthc.api.bench.BenchRunner.Outcome;
import org.tthc.api.bench.Benchmark;
import org.tthc.api.bench.IngestBenchmarks;
import org.tthc.api.bench.MergeBenchmarks;
import org.tthc.api.bench.NationalDrainBenchmark;
import org.tthc.api.bench.RefreshBenchmarks;
import org.tthc.api.bench.Measurement;
import org.tthc.api.bench.ReadFloor;
import org.tthc.api.bench.StatisticsBenchmark;
import org.tthc.api.bench.Tier;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.clickhouse.ChdbEngine;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.clickhouse.ClickHouseServerEngine;
import org.tthc.warehouse.clickhouse.ClickHouseWarehouse;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.postgres.PostgresMirror;
import org.tthc.warehouse.postgres.PostgresWarehouse;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;
import org.tthc.warehouse.statistics.SparkWarehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tthc bench}: the benchmark harness (docs/performance.md). Prepares a tier's data once (generated, ingested,
 * cached by tier and seed), runs each benchmark with warm-up and measured runs, prints one table, and writes the
 * results as JSON. Benchmarks are not tests: the table says which goals are met, and the exit status is non-zero
 * only when a benchmark failed or the engines disagreed on the numbers.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs the benchmarks of a data tier (S 2k, T0 100k, T1 1M, T2 10M dossiers) and prints median, min,",
                "max and the ratio to each benchmark's baseline measured in the same run; writes the results as",
                "JSON under --results. The tier's data is generated and ingested once under --cache and reused.",
                "./tthc bench starts a throwaway ClickHouse server and PostgreSQL and provides chDB (as ./tthc test",
                "does) and passes them here; run directly, the engines without options are left out."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--tier", defaultValue = "T1", description = "S, T0, T1 or T2 (default: ${DEFAULT-VALUE}).")
    String tier;

    @Option(names = "--only", split = ",", description = "Run only these benchmarks (comma-separated names).")
    List<String> only;

    @Option(names = "--smoke", description = "Prove the harness works: no warm-up, one measured run each.")
    boolean smoke;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", defaultValue = "1", description = "Warm-up runs per benchmark (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--repeat", defaultValue = "3", description = "Measured runs per benchmark (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--cache", defaultValue = ".tthc/bench",
            description = "Where tiers' data is kept between runs (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--results", defaultValue = "bench/results",
            description = "Folder of the JSON results (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--spark-master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String sparkMaster;

    @Option(names = "--clickhouse-url", defaultValue = "${env:TTHC_BENCH_CH_URL:-}",
            description = "JDBC URL of a ClickHouse server for stats-clickhouse (its default database is overwritten).")
    String clickHouseUrl;

    @Option(names = "--clickhouse-user", defaultValue = "${env:TTHC_BENCH_CH_USER:-default}",
            description = "ClickHouse user (default: ${DEFAULT-VALUE}); the password comes from TTHC_BENCH_CH_PASSWORD.")
    String clickHouseUser;

    @Option(names = "--pg-url", defaultValue = "${env:TTHC_BENCH_PG_URL:-}",
            description = "JDBC URL of a PostgreSQL database for the stats-postgres baseline (its tables are replaced).")
    String postgresUrl;

    @Option(names = "--pg-user", defaultValue = "${env:TTHC_BENCH_PG_USER:-postgres}",
            description = "PostgreSQL user (default: ${DEFAULT-VALUE}); the password comes from TTHC_BENCH_PG_PASSWORD.")
    String postgresUser;

    @Option(names = "--pg-work-mem", defaultValue = "256MB",
            description = "work_mem of the baseline's sessions (default: ${DEFAULT-VALUE}; PostgreSQL's own 4MB makes "
                    + "the sorts spill to disk, which no DBA would leave for this query).")
    String postgresWorkMem;

    @Option(names = "--chdb-library", defaultValue = "${env:TTHC_BENCH_CHDB_LIB:-}",
            description = "libchdb.so, for stats-chdb (ClickHouse in-process, data under the tier's cache folder).")
    String chdbLibrary;

    @Option(names = "--drain-packets", defaultValue = "300000",
            description = "Progress packets of " + NationalDrainBenchmark.NAME + " (default: ${DEFAULT-VALUE}, a large"
                    + " city's day; --smoke: 600).")
    int drainPackets;

    @Option(names = "--load-seconds", defaultValue = "60",
            description = "Length of the " + LoadBenchmark.NAME + " window (default: ${DEFAULT-VALUE}; --smoke: 5).")
    int loadSeconds;

    @Option(names = "--load-heap", defaultValue = "2g",
            description = "Heap limit (-Xmx) of the app process under " + LoadBenchmark.NAME
                    + " (default: ${DEFAULT-VALUE}).")
    String loadHeap;

    private final long started = System.nanoTime();
    /** Progress on stderr, each line with the time since the command started (where a run's minutes go). */
    private final Consumer<String> progress = line -> System.err.printf(Locale.ROOT, "bench: [%6.1f s] %s%n",
            (System.nanoTime() - started) / 1e9, line);

    @Override
    public Integer call() {
        Tier parsedTier = Tier.parse(tier);
        int warm = smoke ? 0 : warmups;
        int runs = smoke ? 1 : repeats;
        BenchData data = new BenchData(cache, parsedTier, seed);
        List<Benchmark> standalone = List.of(new NationalDrainBenchmark(data.scratch(), smoke ? 600 : drainPackets,
                progress));
        List<Benchmark> benchmarks;
        if (only != null && !only.isEmpty()
                && only.stream().allMatch(name -> standalone.stream().anyMatch(b -> b.name().equals(name)))) {
            benchmarks = selected(standalone); // they need neither the tier's data nor Spark
        } else {
            SparkSettings settings = SparkSettings.defaults().withMaster(sparkMaster).withDataRoot(data.data());
            DeltaWarehouse delta = new DeltaWarehouse(SparkSessions.shared(settings), data.data().resolve("warehouse"));
            data.ensureIngested(delta, progress);
            List<Benchmark> all = new ArrayList<>(benchmarks(data, delta));
            all.add(ReportBenchmarks.pack(data, delta, smoke));
            all.add(ReportBenchmarks.organisationPdf(data, delta, runs, smoke));
            all.add(new ApiStatisticsBenchmark(data, settings, Duration.ofSeconds(smoke ? 2 : 10), runs,
                    smoke ? 2 : data.tier().months(), progress));
            // the load test starts the app in a process of its own: not part of the smoke unless asked for by name
            if (!smoke || (only != null && only.contains(LoadBenchmark.NAME))) {
                all.add(new LoadBenchmark(data, settings, Duration.ofSeconds(smoke ? 5 : loadSeconds), loadHeap,
                        progress));
            }
            all.addAll(standalone);
            benchmarks = selected(all);
        }
        progress.accept("running " + benchmarks.stream().map(Benchmark::name).collect(Collectors.joining(", "))
                + " on " + parsedTier + " (" + warm + " warm-up, " + runs + " measured run(s) each)");
        List<Outcome> outcomes = new ArrayList<>(new BenchRunner(warm, runs, progress).run(benchmarks));
        bestEngineAgainstFloor(outcomes).ifPresent(outcomes::add);
        boolean agree = enginesAgree(benchmarks);

        Map<String, Object> context = new LinkedHashMap<>();
        context.put("tier", parsedTier.name());
        context.put("dossiers", parsedTier.dossiers());
        context.put("months", parsedTier.months());
        context.put("seed", seed);
        context.put("smoke", smoke);
        context.put("machine", machine());
        BenchReport report = new BenchReport(outcomes, context);
        System.out.print(report.table());
        Path file = report.writeJson(results, Instant.now());
        progress.accept("results written to " + file);
        boolean failed = outcomes.stream().anyMatch(o -> !o.measured());
        return failed || !agree ? 1 : 0;
    }

    private List<Benchmark> benchmarks(BenchData data, DeltaWarehouse delta) {
        YearMonth first = data.config().from();
        int months = data.tier().months();
        List<Benchmark> all = new ArrayList<>();
        all.add(ReadFloor.benchmark(delta));
        if (!postgresUrl.isBlank()) {
            all.add(new StatisticsBenchmark("stats-postgres", "all months' statistics, PostgreSQL GROUP BY over "
                    + "indexed copies of the rows (work_mem " + postgresWorkMem + ")", null, Double.NaN,
                    postgres(delta), first, months, data.today(), progress));
        }
        all.add(new StatisticsBenchmark("stats-spark", "all months' statistics, Spark SQL over the Delta tables",
                "stats-postgres", 3, progress -> SparkWarehouse.computingEveryTime(delta), first, months, data.today(), progress));
        if (!clickHouseUrl.isBlank()) {
            all.add(new StatisticsBenchmark("stats-clickhouse",
                    "all months' statistics, ClickHouse server over its mirror", "stats-postgres", 20,
                    mirrored(delta, () -> ClickHouseServerEngine.connect(clickHouseUrl, clickHouseUser,
                            System.getenv().getOrDefault("TTHC_BENCH_CH_PASSWORD", ""))),
                    first, months, data.today(), progress));
        }
        if (!chdbLibrary.isBlank()) {
            all.add(new StatisticsBenchmark("stats-chdb", "all months' statistics, chDB (ClickHouse in-process)",
                    "stats-postgres", 20,
                    mirrored(delta, () -> ChdbEngine.open(Path.of(chdbLibrary), data.data().resolve("chdb"))),
                    first, months, data.today(), progress));
        }
        all.add(IngestBenchmarks.sparkToParquet(data, delta.session()));
        all.add(IngestBenchmarks.pipeline(data, delta.session(), progress));
        all.add(MergeBenchmarks.append(data, delta));
        all.add(MergeBenchmarks.merge(data, delta));
        all.addAll(RefreshBenchmarks.of(delta, data.today(), data.scratch(), progress));
        return all;
    }

    /** An engine set-up that opens a ClickHouse engine and mirrors the Delta tables into it, not timed. */
    private static StatisticsBenchmark.EngineSetup mirrored(DeltaWarehouse delta, EngineOpener opener) {
        return new StatisticsBenchmark.EngineSetup() {
            private ClickHouseEngine engine;

            @Override
            public ClickHouseWarehouse open(Consumer<String> progress) throws Exception {
                engine = opener.open();
                long start = System.nanoTime();
                long rows = new ClickHouseMirror(delta, engine, progress).mirrorAll();
                progress.accept(String.format("mirrored %,d rows in %.1f s (not timed)", rows,
                        (System.nanoTime() - start) / 1e9));
                return new ClickHouseWarehouse(engine);
            }

            @Override
            public void close() {
                if (engine != null) {
                    engine.close();
                }
            }
        };
    }

    /** The baseline's set-up: the statistics' tables copied into PostgreSQL by COPY and indexed, not timed. */
    private StatisticsBenchmark.EngineSetup postgres(DeltaWarehouse delta) {
        return progress -> {
            PGSimpleDataSource database = new PGSimpleDataSource();
            database.setUrl(postgresUrl);
            database.setUser(postgresUser);
            database.setPassword(System.getenv().getOrDefault("TTHC_BENCH_PG_PASSWORD", ""));
            database.setOptions("-c work_mem=" + postgresWorkMem);
            long start = System.nanoTime();
            long rows = new PostgresMirror(delta, database, progress).mirrorAll();
            progress.accept(String.format("copied %,d rows in %.1f s (not timed)", rows,
                    (System.nanoTime() - start) / 1e9));
            return new PostgresWarehouse(database);
        };
    }

    private interface EngineOpener {
        ClickHouseEngine open() throws Exception;
    }

    private List<Benchmark> selected(List<Benchmark> all) {
        if (only == null || only.isEmpty()) {
            return all;
        }
        Set<String> known = all.stream().map(Benchmark::name).collect(Collectors.toSet());
        for (String name : only) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("--only: no benchmark named '" + name + "' here; known: "
                        + String.join(", ", known));
            }
        }
        return all.stream().filter(b -> only.contains(b.name())).toList();
    }

    /** The fastest statistics engine measured, compared with the floor (goal: within 10×). */
    private static Optional<Outcome> bestEngineAgainstFloor(List<Outcome> outcomes) {
        Optional<Outcome> best = outcomes.stream()
                .filter(o -> o.benchmark() instanceof StatisticsBenchmark && o.measured())
                .min((a, b) -> Double.compare(a.measurement().median(), b.measurement().median()));
        boolean floorMeasured = outcomes.stream().anyMatch(o -> o.benchmark().name().equals("floor") && o.measured());
        if (best.isEmpty() || !floorMeasured) {
            return Optional.empty();
        }
        Measurement fastest = best.get().measurement();
        Benchmark derived = new Benchmark() {
            @Override
            public String name() {
                return "stats-best";
            }

            @Override
            public String description() {
                return "the fastest statistics engine of this run, against the memory-bandwidth floor";
            }

            @Override
            public String baseline() {
                return "floor";
            }

            @Override
            public double goal() {
                return 0.1;
            }

            @Override
            public String run() {
                throw new UnsupportedOperationException("derived from " + fastest.name());
            }
        };
        return Optional.of(new Outcome(derived,
                new Measurement("stats-best", fastest.seconds(), "= " + fastest.name()), null));
    }

    /** Whether every statistics engine that ran computed exactly what the first one did. */
    private boolean enginesAgree(List<Benchmark> benchmarks) {
        List<StatisticsBenchmark> engines = benchmarks.stream()
                .filter(StatisticsBenchmark.class::isInstance).map(StatisticsBenchmark.class::cast)
                .filter(b -> b.lastResult() != null).toList();
        if (engines.size() < 2) {
            return true;
        }
        StatisticsBenchmark reference = engines.get(0);
        boolean agree = true;
        for (StatisticsBenchmark other : engines.subList(1, engines.size())) {
            String difference = firstDifference(reference.lastResult(), other.lastResult());
            if (difference != null) {
                agree = false;
                progress.accept("ENGINES DISAGREE: " + other.name() + " differs from " + reference.name() + ": "
                        + difference);
            }
        }
        if (agree) {
            progress.accept("the statistics of " + engines.stream().map(Benchmark::name)
                    .collect(Collectors.joining(", ")) + " are identical");
        }
        return agree;
    }

    private static String firstDifference(Map<Period, Map<String, PeriodStatistics>> expected,
                                          Map<Period, Map<String, PeriodStatistics>> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            return "periods " + expected.keySet() + " vs " + actual.keySet();
        }
        for (Period period : expected.keySet()) {
            Map<String, PeriodStatistics> e = expected.get(period);
            Map<String, PeriodStatistics> a = actual.get(period);
            if (!e.keySet().equals(a.keySet())) {
                return period + ": organisations differ (" + e.size() + " vs " + a.size() + ")";
            }
            for (String org : e.keySet()) {
                if (!Objects.equals(e.get(org), a.get(org))) {
                    return period + " " + org + ": " + e.get(org) + " vs " + a.get(org);
                }
            }
        }
        return null;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        try {
            List<String> cpu = Files.readAllLines(Path.of("/proc/cpuinfo"));
            cpu.stream().filter(l -> l.startsWith("model name")).findFirst()
                    .ifPresent(l -> machine.put("cpu", l.substring(l.indexOf(':') + 1).trim()));
            Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().ifPresent(l -> machine.put("memory", l.substring(l.indexOf(':') + 1).trim()));
        } catch (java.io.IOException | RuntimeException e) {
            machine.put("note", "no /proc: " + e.getMessage());
        }
        return machine;
    }
}

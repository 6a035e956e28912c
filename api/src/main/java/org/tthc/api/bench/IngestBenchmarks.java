package org.tthc.api.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.regexp_replace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.springframework.util.FileSystemUtils;
import org.tthc.ingestion.packetfile.IngestionSummary;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * Ingestion speed: our pipeline from a tier's packet files into Delta silver (read, validate, stage, MERGE), against
 * Spark writing the same records straight to Parquet with its own JSON reader (no validation, no merge). Both start
 * from an empty target each run; the goal is ≥ 40% of the baseline's speed.
 */
public final class IngestBenchmarks {
    /** The prefixes of the generator's dossier and progress packet files: the records both benchmarks write. */
    private static final List<String> RECORD_FILES = List.of("dossiers-", "progress-");

    private IngestBenchmarks() {
    }

    /** {@code ingest}: {@link PacketFileIngestion} of every packet file of the tier into a fresh warehouse. */
    public static Benchmark pipeline(BenchData data, SparkSession spark, Consumer<String> progress) {
        Path target = data.scratch().resolve("ingest");
        return new Benchmark() {
            @Override
            public String name() {
                return "ingest";
            }

            @Override
            public String description() {
                return "packet files → Delta silver through the ingestion pipeline (validate, stage, MERGE)";
            }

            @Override
            public String baseline() {
                return "ingest-parquet";
            }

            @Override
            public double goal() {
                return 0.4;
            }

            @Override
            public void beforeEachRun() {
                delete(target);
            }

            @Override
            public String run() {
                DeltaWarehouse warehouse = new DeltaWarehouse(spark, target.resolve("warehouse"));
                IngestionSummary summary = new PacketFileIngestion(warehouse, "bench", Clock.systemUTC(),
                        line -> progress.accept("ingest: " + line)).ingest(List.of(data.packets()));
                return String.format(Locale.ROOT, "%,d records, %,.0f/s", summary.recordsRead(),
                        summary.recordsRead() / Math.max(1e-9, summary.elapsed().toMillis() / 1000.0));
            }

            @Override
            public void tearDown() {
                delete(target);
            }
        };
    }

    /**
     * {@code ingest-parquet}: Spark reads the same dossier and progress files (one record per line, as the generator
     * writes them) with its JSON reader and writes the records to Parquet, nothing else.
     */
    public static Benchmark sparkToParquet(BenchData data, SparkSession spark) {
        Path target = data.scratch().resolve("ingest-parquet");
        return new Benchmark() {
            private List<RecordFiles> kinds;

            @Override
            public String name() {
                return "ingest-parquet";
            }

            @Override
            public String description() {
                return "the same dossier and progress records, Spark JSON → Parquet (no validation, no MERGE)";
            }

            @Override
            public void setUp() throws IOException {
                kinds = new ArrayList<>();
                for (String prefix : RECORD_FILES) {
                    kinds.add(RecordFiles.of(spark, data.packets(), prefix));
                }
            }

            @Override
            public void beforeEachRun() {
                delete(target);
            }

            @Override
            public String run() {
                long rows = 0;
                for (RecordFiles kind : kinds) {
                    Dataset<Row> records = spark.read().textFile(kind.paths()).toDF("line")
                            .filter(col("line").startsWith("{\"MaHoSo\""))
                            .select(from_json(regexp_replace(col("line"), ",\\s*$", ""), kind.schema()).as("r"))
                            .select("r.*");
                    String out = target.resolve(kind.prefix().replace("-", "")).toString();
                    records.write().parquet(out);
                    rows += spark.read().parquet(out).count();
                }
                return String.format(Locale.ROOT, "%,d records", rows);
            }

            @Override
            public void tearDown() {
                delete(target);
            }
        };
    }

    /** The files of one record kind, and the schema Spark infers from their first lines (not timed). */
    private record RecordFiles(String prefix, String[] paths, StructType schema) {
        static RecordFiles of(SparkSession spark, Path folder, String prefix) throws IOException {
            List<Path> files;
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("no " + prefix + "*.json files in " + folder);
            }
            List<String> sample = new ArrayList<>();
            try (BufferedReader reader = Files.newBufferedReader(files.get(0), StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null && sample.size() < 2_000) {
                    if (line.startsWith("{\"MaHoSo\"")) {
                        sample.add(line.replaceAll(",\\s*$", ""));
                    }
                }
            }
            StructType schema = spark.read().json(spark.createDataset(sample, Encoders.STRING())).schema();
            return new RecordFiles(prefix, files.stream().map(Path::toString).toArray(String[]::new), schema);
        }
    }

    static void delete(Path path) {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}

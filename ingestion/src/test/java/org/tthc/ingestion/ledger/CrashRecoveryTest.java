package org.tthc.ingestion.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.ingestion.packetfile.IngestionSummary;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.ingestion.sample.ProgressListener;
import org.tthc.ingestion.sample.SampleConfig;
import org.tthc.ingestion.sample.SampleGenerator;
import org.tthc.warehouse.ChildJvm;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * Exactly once under {@code kill -9}: the ingest process is killed (SIGKILL, no shutdown hooks) at different moments
 * — while reading the first batch, as a MERGE starts, while reading after a committed batch — and run again each
 * time; a last run completes. Every silver table and the quarantine must then equal a clean single run's: same rows,
 * none twice, none missing.
 */
class CrashRecoveryTest {
    private static final String SOURCE = "crash-test";
    private static final String COMMIT_EVERY = "750";
    /** Columns that name the batch or the time of writing: they differ between any two runs by design. */
    private static final List<String> RUN_COLUMNS = List.of("batch_id", "quarantined_at");
    private static final List<WarehouseTable> COMPARED = Arrays.stream(WarehouseTable.values())
            .filter(t -> t.relativePath().startsWith("silver/") || t == WarehouseTable.QUARANTINE)
            .toList();

    @TempDir
    Path work;

    @Test
    void killedRunsResumedToCompletionEqualOneCleanRun() throws Exception {
        Path inputs = work.resolve("inputs");
        new SampleGenerator(SampleConfig.of(600, 2, 7).withFrom(YearMonth.of(2025, 1)))
                .generate(inputs, ProgressListener.SILENT);
        Files.writeString(inputs.resolve("dossiers-bad.json"), BAD_RECORDS, StandardCharsets.UTF_8);
        Path crashed = work.resolve("crashed");
        // the killed processes open an existing warehouse, as `./tthc ingest` does after the first run
        EmptyWarehouses.create(TestSpark.session(), crashed, Clock.systemUTC());

        killWhen(crashed, inputs, nth(3, "reading "), 0);
        killWhen(crashed, inputs, nth(2, "committing batch"), 0);
        killWhen(crashed, inputs, nth(1, "committed batch"), 1500);

        DeltaWarehouse resumedWarehouse = new DeltaWarehouse(TestSpark.session(), crashed, Clock.systemUTC());
        IngestionSummary resumed = new PacketFileIngestion(resumedWarehouse, SOURCE, Clock.systemUTC(), line -> { })
                .ingest(List.of(inputs));
        DeltaWarehouse clean = EmptyWarehouses.create(TestSpark.session(), work.resolve("clean"), Clock.systemUTC());
        new PacketFileIngestion(clean, SOURCE, Clock.systemUTC(), line -> { }).ingest(List.of(inputs));

        assertThat(resumed.filesSkipped()).as("files committed by the killed runs are not read again").isPositive();
        assertThat(clean.count(WarehouseTable.DOSSIER)).isGreaterThan(500);
        assertThat(clean.count(WarehouseTable.QUARANTINE)).isEqualTo(2);
        Map<WarehouseTable, List<String>> expected = contents(clean);
        Map<WarehouseTable, List<String>> actual = contents(resumedWarehouse);
        for (WarehouseTable table : COMPARED) {
            assertThat(actual.get(table)).as(table.tableName()).isEqualTo(expected.get(table));
        }
        List<IngestRun> runs = new RunLedger(resumedWarehouse, Clock.systemUTC()).runs();
        assertThat(runs).extracting(IngestRun::status)
                .containsExactly(RunStatus.SUCCEEDED, RunStatus.FAILED, RunStatus.FAILED, RunStatus.FAILED);
        assertThat(runs.subList(1, 4)).allSatisfy(r -> assertThat(r.message()).startsWith("interrupted"));
        assertThat(crashed.resolve("_staging")).isEmptyDirectory();
    }

    /** Runs the ingest process on the inputs and kills it (SIGKILL) {@code delayMillis} after a line matches. */
    private void killWhen(Path root, Path inputs, Predicate<String> line, long delayMillis) {
        ChildJvm.start(IngestProcess.class, List.of(),
                        List.of(root.toString(), inputs.toString(), SOURCE, COMMIT_EVERY), line, delayMillis)
                .awaitKilled(Duration.ofMinutes(2));
    }

    private static Predicate<String> nth(int n, String text) {
        int[] count = {0};
        return l -> l.startsWith("ingest: " + text) && ++count[0] == n;
    }

    private static Map<WarehouseTable, List<String>> contents(DeltaWarehouse warehouse) {
        Map<WarehouseTable, List<String>> contents = new EnumMap<>(WarehouseTable.class);
        for (WarehouseTable table : COMPARED) {
            var rows = warehouse.table(table);
            for (String column : RUN_COLUMNS) {
                rows = rows.drop(column);
            }
            contents.put(table, rows.select(functions.to_json(functions.struct(rows.columns()[0],
                            Arrays.copyOfRange(rows.columns(), 1, rows.columns().length))).as("row"))
                    .collectAsList().stream().map(r -> r.getString(0)).sorted().toList());
        }
        return contents;
    }

    private static final String BAD_RECORDS = """
            {"service":"DongBoHoSoMC","isUpdating":"False","data":[
             {"MaHoSo":"000.00.01.H99-250301-0001","MaTTHC":"1.000001.000.00.00.H99","TrangThaiHoSo":"4",
              "NgayTiepNhan":"20250230090000","NgayHenTra":"20250310170000","DonViXuLy":"Sở Tư pháp"},
             {"MaHoSo":"000.00.01.H99-250301-0002","MaTTHC":"1.000001.000.00.00.H99","TrangThaiHoSo":"11",
              "NgayTiepNhan":"20250303090000","NgayHenTra":"20250310170000","DonViXuLy":"Sở Tư pháp"}
            ]}
            """;
}

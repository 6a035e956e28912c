package org.tthc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.api.ApiTestData;
import org.tthc.api.TthcMain;
import org.tthc.api.national.FaultInjectingReceiver;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.OutboxStatus;
import org.tthc.api.control.ControlDatabase;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.ingestion.sample.ProgressListener;
import org.tthc.ingestion.sample.SampleConfig;
import org.tthc.ingestion.sample.SampleGenerator;
import org.tthc.warehouse.ChildJvm;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * {@code kill -9} of the app (the {@code tthc} jar's main class in a process of its own) in the middle of a statistics
 * recomputation, of a report pack and of a national delivery, then the same command run again to completion: the end
 * state equals one run without the kill, compared with a run of the same command on a copy of the same data (gold
 * tables row for row, report files by name and content, packets the national portal kept).
 */
class AppKillTest {
    private static final String TODAY = "2025-03-10";
    private static final String MONTH = "2025-02";
    private static final List<String> NATIONAL_SETTINGS = List.of("tthc.national.base-url", "tthc.national.client-id",
            "tthc.national.client-secret", "tthc.national.initial-backoff");

    @TempDir
    static Path shared;

    @TempDir
    Path work;

    /** Two months of a sample province's dossiers, events and ratings, ingested once; each test works on copies. */
    @BeforeAll
    static void ingestSample() throws IOException {
        Path inputs = shared.resolve("inputs");
        new SampleGenerator(SampleConfig.of(400, 2, 11).withFrom(YearMonth.of(2025, 1)))
                .generate(inputs, ProgressListener.SILENT);
        DeltaWarehouse warehouse = EmptyWarehouses.create(ApiTestData.sparkSession(), base().resolve("warehouse"));
        new PacketFileIngestion(warehouse, "sample", Clock.systemUTC(), line -> { }).ingest(List.of(inputs));
    }

    @AfterEach
    void clearNationalSettings() {
        NATIONAL_SETTINGS.forEach(System::clearProperty);
    }

    @Test
    void recomputationKilledAfterTheStatisticsCommitThenRunAgainEqualsOneRun() throws IOException {
        Path killed = copyOfSample("killed");
        Path clean = copyOfSample("clean");
        List<String> args = List.of("--period", "2025-01,2025-02,2025-Q1", "--today", TODAY);

        // the first line on standard output comes once the statistics of every period are committed
        ChildJvm.start(TthcMain.class, List.of(), app(List.of("recompute"), with(args, "--data", killed.toString())),
                line -> line.startsWith("2025-01\t"), 0).awaitKilled(Duration.ofMinutes(5));
        assertThat(gold(killed, WarehouseTable.PERIOD_STATISTICS)).as("the statistics were committed").isNotEmpty();
        assertThat(gold(killed, WarehouseTable.RATING_INDEX)).as("the index was not yet").isEmpty();

        run(RecomputeCommand::new, with(args, "--data", killed.toString()));
        run(RecomputeCommand::new, with(args, "--data", clean.toString()));

        for (WarehouseTable table : List.of(WarehouseTable.PERIOD_STATISTICS, WarehouseTable.RATING_INDEX)) {
            List<String> expected = gold(clean, table);
            assertThat(expected).as(table.tableName()).hasSizeGreaterThan(10);
            assertThat(gold(killed, table)).as(table.tableName()).isEqualTo(expected);
        }
    }

    @Test
    void reportPackKilledMidRenderingLeavesNoReportAndTheNextRunEqualsOneRun() throws IOException {
        Path killed = copyOfSample("killed");
        Path clean = copyOfSample("clean");
        List<String> args = List.of("--period", MONTH, "--today", TODAY);

        ChildJvm.start(TthcMain.class, List.of(), app(List.of("report"), with(args, "--data", killed.toString(),
                        "--out", killed.resolve("reports").toString())),
                line -> line.startsWith("report: ") && line.endsWith(" (2/5)"), 0).awaitKilled(Duration.ofMinutes(5));
        assertThat(reportFiles(killed.resolve("reports"))).as("no report of the killed run is visible").isEmpty();
        assertThat(killed.resolve("reports")).isDirectoryContaining(p -> p.getFileName().toString().startsWith(".partial-"));

        run(ReportCommand::new, with(args, "--data", killed.toString(), "--out", killed.resolve("reports").toString()));
        run(ReportCommand::new, with(args, "--data", clean.toString(), "--out", clean.resolve("reports").toString()));

        Map<String, String> expected = reportContents(clean.resolve("reports"));
        assertThat(expected.keySet()).as("the province's five reports in three formats, the first version")
                .hasSize(15).allMatch(name -> name.contains("_v1."));
        assertThat(reportContents(killed.resolve("reports"))).isEqualTo(expected);
        try (Stream<Path> left = Files.list(killed.resolve("reports"))) {
            assertThat(left).as("the killed run's staging folder is cleared")
                    .noneMatch(p -> p.getFileName().toString().startsWith("."));
        }
    }

    @Test
    void deliveryKilledWithAPacketInFlightThenRunAgainDeliversWhatOneRunDelivers() throws Exception {
        Path killed = copyOfSample("killed");
        Path clean = copyOfSample("clean");
        List<String> args = List.of("--period", MONTH, "--today", TODAY);

        List<FaultInjectingReceiver.Accepted> afterKill;
        try (FaultInjectingReceiver receiver = new FaultInjectingReceiver(2_000)) {
            receiver.hangOnRequest(1); // the statistics packet delivered, the rating packet in flight
            ChildJvm app = ChildJvm.start(TthcMain.class, national(receiver).entrySet().stream()
                    .map(s -> "-D" + s.getKey() + "=" + s.getValue()).toList(),
                    app(List.of("national", "push"), with(args, "--data", killed.toString())));
            assertThat(receiver.awaitHanging(180)).as("the portal holds packet 1; the app said:%n%s", app.output())
                    .isTrue();
            app.kill();
            receiver.release();
            try (ControlDatabase control = ControlDatabase.embedded(killed)) {
                assertThat(new Outbox(control).counts().get(OutboxStatus.ACKNOWLEDGED))
                        .as("packet 0 at most was acknowledged before the kill").isLessThanOrEqualTo(1);
            }

            national(receiver).forEach(System::setProperty);
            run(NationalPushCommand::new, with(args, "--data", killed.toString()));
            afterKill = receiver.accepted();
            assertThat(receiver.duplicates()).as("the packet in flight, sent again, is kept once").isPositive();
        }
        List<FaultInjectingReceiver.Accepted> oneRun;
        try (FaultInjectingReceiver receiver = new FaultInjectingReceiver(2_000)) {
            national(receiver).forEach(System::setProperty);
            run(NationalPushCommand::new, with(args, "--data", clean.toString()));
            oneRun = receiver.accepted();
        }

        assertThat(oneRun).extracting(FaultInjectingReceiver.Accepted::packetType).as("the province's two packets")
                .containsExactly("MStatistic", "MVotes");
        assertThat(payloads(afterKill)).isEqualTo(payloads(oneRun));
        for (Path data : List.of(killed, clean)) {
            try (ControlDatabase control = ControlDatabase.embedded(data)) {
                assertThat(new Outbox(control).counts()).containsEntry(OutboxStatus.ACKNOWLEDGED, oneRun.size());
            }
        }
    }

    private static Path base() {
        return shared.resolve("sample");
    }

    private Path copyOfSample(String name) throws IOException {
        Path copy = work.resolve(name);
        EmptyWarehouses.copyTree(base(), copy);
        return copy;
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(Arrays.asList(more));
        return all;
    }

    /** The command line of the app: the subcommand's words, then its arguments. */
    private static List<String> app(List<String> subcommand, List<String> args) {
        List<String> all = new ArrayList<>(subcommand);
        all.addAll(args);
        return all;
    }

    private static void run(Supplier<?> command, List<String> args) {
        CommandRun run = CommandRun.of(command, args.toArray(String[]::new));
        assertThat(run.exitCode()).as("%s%n%s%s", args, run.out(), run.err()).isZero();
    }

    /** The table's rows as JSON, sorted, without the time they were computed at. */
    private static List<String> gold(Path data, WarehouseTable table) {
        Dataset<org.apache.spark.sql.Row> rows = new DeltaWarehouse(ApiTestData.sparkSession(),
                data.resolve("warehouse")).table(table).drop("computed_at");
        return rows.select(functions.to_json(functions.struct(Arrays.stream(rows.columns()).map(functions::col)
                        .toArray(org.apache.spark.sql.Column[]::new))))
                .collectAsList().stream().map(r -> r.getString(0)).sorted().toList();
    }

    private static List<Path> reportFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Each report file's content by name: CSV as is, a workbook's cells as text, a PDF without what differs between
     * any two renderings: the moment it was written (creation date, document id) and the random tags of its font
     * subsets ({@code /HDTCTV+DejaVuSans}).
     */
    private static Map<String, String> reportContents(Path folder) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        for (Path file : reportFiles(folder)) {
            String name = file.getFileName().toString();
            contents.put(name, name.endsWith(".xlsx") ? cells(file) : name.endsWith(".pdf")
                    ? Files.readString(file, StandardCharsets.ISO_8859_1)
                    .replaceAll("/(CreationDate|ModDate)\\s*\\([^)]*\\)", "")
                    .replaceAll("/ID\\s*\\[<[0-9A-Fa-f]*>\\s*<[0-9A-Fa-f]*>\\]", "")
                    .replaceAll("/[A-Z]{6}\\+", "/SUBSET+")
                    : Files.readString(file, StandardCharsets.UTF_8));
        }
        return contents;
    }

    private static String cells(Path workbook) throws IOException {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(workbook); Workbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.getAddress()).append('=').append(formatter.formatCellValue(cell)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private static Map<String, String> national(FaultInjectingReceiver receiver) {
        return Map.of("tthc.national.base-url", receiver.baseUrl(),
                "tthc.national.client-id", FaultInjectingReceiver.CLIENT_ID,
                "tthc.national.client-secret", FaultInjectingReceiver.CLIENT_SECRET,
                "tthc.national.initial-backoff", "50ms");
    }

    private static List<String> payloads(List<FaultInjectingReceiver.Accepted> accepted) {
        return accepted.stream().map(a -> a.packetType() + " " + a.payload()).sorted().toList();
    }
}

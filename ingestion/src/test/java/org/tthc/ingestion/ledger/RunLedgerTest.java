package org.tthc.ingestion.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.ingestion.packetfile.IngestionSummary;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.ingestion.sample.ProgressListener;
import org.tthc.ingestion.sample.SampleConfig;
import org.tthc.ingestion.sample.SampleGenerator;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;

/** The ledger decides what a run reads: unchanged committed files are skipped, changed ones read again. */
class RunLedgerTest {
    private static final String SOURCE = "ledger-test";

    @TempDir
    Path work;

    @Test
    void unchangedFilesAreSkippedChangedOnesReadAgainAndFailuresRecorded() throws Exception {
        Path inputs = work.resolve("inputs");
        new SampleGenerator(SampleConfig.of(60, 1, 5).withFrom(YearMonth.of(2025, 3)))
                .generate(inputs, ProgressListener.SILENT);
        DeltaWarehouse warehouse = EmptyWarehouses.create(TestSpark.session(), work.resolve("warehouse"), Clock.systemUTC());

        IngestionSummary first = ingest(warehouse, inputs);
        IngestionSummary unchanged = ingest(warehouse, inputs);
        Path progress = Files.list(inputs).filter(p -> p.getFileName().toString().startsWith("progress-")).findFirst()
                .orElseThrow();
        Files.writeString(progress, "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        IngestionSummary changed = ingest(warehouse, inputs);

        assertThat(first.filesSkipped()).isZero();
        assertThat(first.recordsRead()).isPositive();
        assertThat(unchanged.filesSkipped()).isEqualTo(first.files());
        assertThat(unchanged.recordsRead()).isZero();
        assertThat(changed.filesSkipped()).isEqualTo(first.files() - 1);
        assertThat(changed.recordsRead()).isPositive();
        assertThat(changed.batch().eventsInserted()).as("the same events, read again, are stored once").isZero();
        RunLedger ledger = new RunLedger(warehouse, Clock.systemUTC());
        assertThat(ledger.committedFiles(SOURCE).get(progress.toAbsolutePath().normalize().toString()))
                .isEqualTo(FileFingerprint.of(progress));

        assertThatThrownBy(() -> ingest(warehouse, work.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class);
        List<IngestRun> runs = ledger.runs();
        assertThat(runs).extracting(IngestRun::status).containsExactly(RunStatus.FAILED, RunStatus.SUCCEEDED,
                RunStatus.SUCCEEDED, RunStatus.SUCCEEDED);
        assertThat(runs.get(0).message()).contains("missing");
        assertThat(runs.get(1).counts().read()).isEqualTo(changed.recordsRead());
        assertThat(runs.get(1).filesSkipped()).isEqualTo(changed.filesSkipped());
        assertThat(runs).allSatisfy(r -> assertThat(r.source()).isEqualTo("files"));
    }

    private static IngestionSummary ingest(DeltaWarehouse warehouse, Path inputs) {
        return new PacketFileIngestion(warehouse, SOURCE, Clock.systemUTC(), line -> { }).ingest(List.of(inputs));
    }
}

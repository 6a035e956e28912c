package org.tthc.ingestion.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.TthcTime;
import org.tthc.ingestion.csv.CsvMapping;
import org.tthc.ingestion.ledger.IngestRun;
import org.tthc.ingestion.ledger.RunLedger;
import org.tthc.ingestion.ledger.TestSpark;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The operator's loop: a CSV row is quarantined because the mapping lacks one of its status texts; the mapping is
 * fixed and the quarantine retried; the record lands in silver and its quarantine row is kept, marked resolved.
 */
class QuarantineRetryTest {
    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2025, 10, 20).atTime(10, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
    private static final String SOURCE = "motcua-csv";
    private static final String CSV = """
            Mã hồ sơ,Ngày tiếp nhận,Trạng thái
            000.00.12.H49-251001-0001,01/10/2025 08:30:00,Đã tiếp nhận
            000.00.12.H49-251001-0002,02/10/2025 09:00:00,Đang xử lý
            000.00.12.H49-251001-0003,02/10/2025 09:00:00,Không rõ
            """;
    private static final String MAPPING = """
            delimiter: ","
            columns:
              dossier_code: Mã hồ sơ
              received_at: Ngày tiếp nhận
              status: Trạng thái
            status_codes:
              Đã tiếp nhận: 2
            """;

    @TempDir
    Path work;

    @Test
    void aRowQuarantinedByABadMappingLandsAfterTheMappingIsFixedAndItsRowIsResolved() throws Exception {
        DeltaWarehouse warehouse = EmptyWarehouses.create(TestSpark.session(), work.resolve("warehouse"), CLOCK);
        Path csv = Files.writeString(work.resolve("export.csv"), CSV, StandardCharsets.UTF_8);
        Path mapping = Files.writeString(work.resolve("mapping.yaml"), MAPPING, StandardCharsets.UTF_8);
        new PacketFileIngestion(warehouse, SOURCE, CLOCK, null, CsvMapping.read(mapping), line -> { })
                .ingest(List.of(csv));
        Quarantine quarantine = new Quarantine(warehouse);
        assertThat(quarantine.list(new Quarantine.Filter(SOURCE, "KHÔNG RÕ", false, 10)))
                .extracting(QuarantinedRecord::recordKey).containsExactly("000.00.12.H49-251001-0003");
        assertThat(quarantine.list(new Quarantine.Filter("another-system", null, false, 10))).isEmpty();
        List<QuarantinedRecord> before = quarantine.list(Quarantine.Filter.unresolved(10));
        assertThat(before).extracting(QuarantinedRecord::recordKey)
                .containsExactlyInAnyOrder("000.00.12.H49-251001-0002", "000.00.12.H49-251001-0003");
        QuarantinedRecord unknownStatus = before.stream()
                .filter(r -> r.recordKey().endsWith("0003")).findFirst().orElseThrow();
        String reasonBefore = unknownStatus.reason();

        Files.writeString(mapping, MAPPING + "  Đang xử lý: 4\n", StandardCharsets.UTF_8);
        RetrySummary summary = new QuarantineRetry(warehouse, CLOCK, CsvMapping.read(mapping)).retryAll();

        assertThat(summary.retried()).isEqualTo(2);
        assertThat(summary.resolved()).isEqualTo(1);
        assertThat(summary.stillFailing()).isEqualTo(1);
        assertThat(warehouse.table(WarehouseTable.DOSSIER)
                .where(functions.col("dossier_code").equalTo("000.00.12.H49-251001-0002")).collectAsList())
                .singleElement().satisfies(row -> assertThat(row.<Integer>getAs("status")).isEqualTo(4));
        assertThat(warehouse.count(WarehouseTable.QUARANTINE)).as("rows are kept, never deleted").isEqualTo(2);
        QuarantinedRecord fixed = quarantine.list(new Quarantine.Filter(SOURCE, null, true, 10)).stream()
                .filter(r -> r.recordKey().endsWith("0002")).findFirst().orElseThrow();
        String retryRun = summary.runIds().get(0);
        assertThat(fixed.resolvedAt()).isNotNull();
        assertThat(fixed.resolvedByRun()).isEqualTo(retryRun);
        assertThat(quarantine.unresolved()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(unknownStatus.id());
            assertThat(r.reason()).as("the reason the current mapping gives")
                    .isNotEqualTo(reasonBefore).contains("Không rõ").contains("Đang xử lý");
        });
        // the clock is fixed, so every run starts at the same time: find the retry run by its id
        IngestRun run = new RunLedger(warehouse, CLOCK).runs().stream()
                .filter(r -> r.runId().equals(retryRun)).findFirst().orElseThrow();
        assertThat(run.source()).isEqualTo("retry");
        assertThat(run.counts().written()).isEqualTo(1);
    }

    @Test
    void retryingByIdTouchesOnlyThatRecordAndShowFindsIt() throws Exception {
        DeltaWarehouse warehouse = EmptyWarehouses.create(TestSpark.session(), work.resolve("warehouse"), CLOCK);
        Path csv = Files.writeString(work.resolve("export.csv"), CSV, StandardCharsets.UTF_8);
        Path mapping = Files.writeString(work.resolve("mapping.yaml"), MAPPING, StandardCharsets.UTF_8);
        new PacketFileIngestion(warehouse, SOURCE, CLOCK, null, CsvMapping.read(mapping), line -> { })
                .ingest(List.of(csv));
        Quarantine quarantine = new Quarantine(warehouse);
        QuarantinedRecord second = quarantine.unresolved().stream()
                .filter(r -> r.recordKey().endsWith("0002")).findFirst().orElseThrow();
        assertThat(quarantine.find(second.id())).contains(second);
        assertThat(second.rawPayload()).contains("Đang xử lý");

        Files.writeString(mapping, MAPPING + "  Đang xử lý: 4\n  Không rõ: 4\n", StandardCharsets.UTF_8);
        RetrySummary summary = new QuarantineRetry(warehouse, CLOCK, CsvMapping.read(mapping))
                .retry(List.of(second.id()));

        assertThat(summary.resolved()).isEqualTo(1);
        assertThat(quarantine.unresolved()).extracting(QuarantinedRecord::recordKey)
                .containsExactly("000.00.12.H49-251001-0003");
        List<Row> third = warehouse.table(WarehouseTable.DOSSIER)
                .where(functions.col("dossier_code").equalTo("000.00.12.H49-251001-0003")).collectAsList();
        assertThat(third).as("not retried").isEmpty();
    }
}

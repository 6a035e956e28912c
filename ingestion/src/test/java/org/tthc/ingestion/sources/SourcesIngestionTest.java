package org.tthc.ingestion.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.TthcTime;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.ingestion.csv.CsvMapping;
import org.tthc.ingestion.packetfile.IngestionSummary;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.ingestion.personal.PersonalDataKey;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;

/**
 * Every non-DVCQG source end to end into Delta in one run: LGSP MSyncDocument XML, LGSP MDocumentTraces JSON, and the
 * CSV example of docs/examples/csv with its mapping, next to a DVCQG file carrying applicants' identifiers. Good
 * records reach the silver tables, bad ones the quarantine with file, line or position, field and reason, and no
 * table holds an applicant's ID number, phone, email or name in clear.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesIngestionTest {
    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2025, 10, 20).atTime(10, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
    private static final Path EXAMPLES = Path.of("..", "docs", "examples", "csv");
    private static final String SOURCE = "motcua-qnam";
    /** Every personal value the inputs carry, in the forms they carry them. */
    private static final List<String> PERSONAL_VALUES = List.of(
            "079301000111", "079301000222", "079301000333", "079301000444", "079301000555", "079301000666",
            "0912 345 678", "0912345678", "0987654321", "0905111222", "0905333444", "0905555666", "0905777888",
            "hoa.nguyen@example.vn", "binh.tran@example.vn", "cuc.le@example.vn", "dung.pham@example.vn",
            "em.vo@example.vn", "phuc.dang@example.vn", "Nguyễn Thị Hoa", "Trần Văn Bình", "Phạm Văn Dũng",
            "12 Lê Lợi",
            "079201000777", "0905 201 777", "0905201777", "an.nguyen@example.vn", "Nguyễn Văn An",
            "079201000888", "0905201888", "giang.ho@example.vn", "Hồ Thị Giang",
            "079201000999", "0905201999", "hai.bui@example.vn", "Bùi Văn Hải",
            "079201001000", "0905201000", "kim.ngo@example.vn", "Ngô Thị Kim");

    @TempDir
    static Path work;

    private DeltaWarehouse warehouse;
    private ApplicantHasher hasher;
    private IngestionSummary summary;

    @BeforeAll
    void ingestEverySource() throws IOException {
        warehouse = EmptyWarehouses.create(SparkSessions.sharedOrStart(SparkSettings.defaults().withDataRoot(work)),
                work.resolve("warehouse"), CLOCK);
        Path inputs = Files.createDirectories(work.resolve("inputs"));
        for (String name : List.of("documents.xml", "traces.json", "dossiers-dvcqg.json")) {
            try (InputStream in = SourcesIngestionTest.class.getResourceAsStream(name)) {
                Files.copy(in, inputs.resolve(name));
            }
        }
        Files.copy(EXAMPLES.resolve("dossiers.csv"), inputs.resolve("dossiers.csv"));
        hasher = PersonalDataKey.hasher(null, work);
        summary = new PacketFileIngestion(warehouse, SOURCE, CLOCK, hasher,
                CsvMapping.read(EXAMPLES.resolve("mapping.yaml")), line -> { }).ingest(List.of(inputs));
    }

    @Test
    void goodRecordsOfEverySourceReachTheSilverTables() {
        assertThat(summary.files()).isEqualTo(4);
        Map<String, Row> dossiers = warehouse.table(WarehouseTable.DOSSIER).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("dossier_code"), r -> r));
        assertThat(dossiers.keySet()).containsExactlyInAnyOrder(
                "000.00.12.H49-251001-0101", "000.00.12.H49-251002-0102",  // CSV
                "000.00.12.H49-251001-0201",                               // LGSP XML
                "000.00.12.H49-251005-0301");                              // DVCQG
        Row csv = dossiers.get("000.00.12.H49-251001-0101");
        assertThat(csv.<Integer>getAs("status")).as("'Đã trả kết quả' through status_codes").isEqualTo(10);
        assertThat(csv.<LocalDateTime>getAs("received_at")).isEqualTo(LocalDateTime.of(2025, 10, 1, 8, 30));
        assertThat(csv.<String>getAs("procedure_name")).isEqualTo("Cấp giấy phép xây dựng");
        Row lgsp = dossiers.get("000.00.12.H49-251001-0201");
        assertThat(lgsp.<Integer>getAs("status")).isEqualTo(10);
        assertThat(lgsp.<LocalDateTime>getAs("finished_at")).isEqualTo(LocalDateTime.of(2025, 10, 9, 16, 0));
        assertThat(lgsp.getList(lgsp.fieldIndex("supplements"))).hasSize(1);
        assertThat(warehouse.table(WarehouseTable.DOSSIER_EVENT).collectAsList())
                .extracting(r -> r.<Integer>getAs("status")).containsExactlyInAnyOrder(4, 9);
    }

    @Test
    void csvRowsThatFailValidationAreQuarantinedWithLineColumnAndReason() {
        List<Row> rows = warehouse.table(WarehouseTable.QUARANTINE)
                .where("location LIKE '%dossiers.csv'").orderBy("position").collectAsList();

        assertThat(rows).extracting(r -> r.<Long>getAs("position")).containsExactly(4L, 5L, 6L, 7L);
        assertThat(rows).extracting(r -> r.<String>getAs("field"))
                .containsExactly("Ngày hẹn trả", "Mã hồ sơ", "Ngày tiếp nhận", "Trạng thái");
        assertThat(rows.get(0).<String>getAs("reason")).contains("is before Ngày tiếp nhận");
        assertThat(rows.get(1).<String>getAs("reason")).isEqualTo("Mã hồ sơ is blank");
        assertThat(rows.get(2).<String>getAs("reason")).contains("'31/09/2025 08:00:00' is not a real date-time");
        assertThat(rows.get(3).<String>getAs("reason")).contains("'Tạm dừng' is not a status the mapping knows");
        assertThat(rows.get(0).<String>getAs("record_key")).isEqualTo("000.00.12.H49-251002-0103");
        assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs("source_system")).isEqualTo(SOURCE));
    }

    @Test
    void packetRecordsThatFailValidationAreQuarantinedWithPositionFieldAndReason() {
        Map<String, Row> rows = warehouse.table(WarehouseTable.QUARANTINE)
                .where("location NOT LIKE '%dossiers.csv'").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("location").toString().replaceAll(".*/", ""), r -> r));

        assertThat(rows.get("documents.xml").<String>getAs("field")).isEqualTo("FinishedDate");
        assertThat(rows.get("documents.xml").<Long>getAs("position")).isEqualTo(1L);
        assertThat(rows.get("traces.json").<String>getAs("field")).isEqualTo("Status");
        assertThat(rows.get("dossiers-dvcqg.json").<String>getAs("reason")).contains("in the future");
        assertThat(summary.quarantined()).isEqualTo(4 + 3);
    }

    @Test
    void applicantsAreStoredAsKeyedHashesThatCountDistinctApplicants() {
        List<Row> applicants = warehouse.table(WarehouseTable.APPLICANT).collectAsList();

        assertThat(applicants).extracting(r -> r.<String>getAs("dossier_code")).containsExactlyInAnyOrder(
                "000.00.12.H49-251001-0101", "000.00.12.H49-251002-0102", "000.00.12.H49-251001-0201",
                "000.00.12.H49-251005-0301");
        Row first = applicants.stream().filter(r -> r.getAs("dossier_code").equals("000.00.12.H49-251001-0101"))
                .findFirst().orElseThrow();
        assertThat(first.<String>getAs("id_number_hash")).isEqualTo(hasher.idNumber("079301000111"))
                .hasSize(64);
        assertThat(first.<String>getAs("phone_hash")).isEqualTo(hasher.phone("0912345678"));
        assertThat(first.<String>getAs("email_hash")).isEqualTo(hasher.email("hoa.nguyen@example.vn"));
        assertThat(PersonalDataKey.hasher(null, work).idNumber("079301000111"))
                .as("the installation's key is kept: the same applicant hashes the same on the next run")
                .isEqualTo(first.<String>getAs("id_number_hash"));
    }

    @Test
    void reingestingTheSameInputsChangesNoTable() {
        Map<WarehouseTable, Long> before = counts();

        IngestionSummary again = new PacketFileIngestion(warehouse, SOURCE, CLOCK, hasher,
                CsvMapping.read(EXAMPLES.resolve("mapping.yaml")), line -> { }).ingest(List.of(work.resolve("inputs")));

        assertThat(again.batch().dossiersInserted() + again.batch().dossiersUpdated()).isZero();
        assertThat(again.batch().eventsInserted()).isZero();
        Map<WarehouseTable, Long> after = counts();
        after.remove(WarehouseTable.QUALITY_RESULT);
        before.remove(WarehouseTable.QUALITY_RESULT);
        assertThat(after).isEqualTo(before);
    }

    private Map<WarehouseTable, Long> counts() {
        Map<WarehouseTable, Long> counts = new java.util.EnumMap<>(WarehouseTable.class);
        for (WarehouseTable table : WarehouseTable.values()) {
            counts.put(table, warehouse.count(table));
        }
        return counts;
    }

    @Test
    void noWarehouseTableHoldsAnyPersonalValueInClear() {
        List<String> found = new ArrayList<>();
        for (WarehouseTable table : WarehouseTable.values()) {
            List<Row> rows = warehouse.table(table).selectExpr("to_json(struct(*)) AS row").collectAsList();
            for (Row row : rows) {
                String text = row.getString(0);
                PERSONAL_VALUES.stream().filter(text::contains).forEach(v -> found.add(table.tableName() + ": " + v));
            }
        }
        assertThat(warehouse.count(WarehouseTable.QUARANTINE)).as("the scan covers quarantined payloads").isEqualTo(7);
        assertThat(found).isEmpty();
    }
}

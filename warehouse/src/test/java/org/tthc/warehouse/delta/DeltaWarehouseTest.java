package org.tthc.warehouse.delta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;
import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.quality.RecordRejection;
import org.tthc.warehouse.spark.SharedSpark;

class DeltaWarehouseTest {
    private static final String SOURCE = "portal-lite";
    private static final String PROVINCE = "000.00.00.H01";
    private static final String DISTRICT = "000.00.02.H01";
    private static final String COMMUNE = "000.01.70.H01";
    /** The last instant of March: canonical times are whole seconds (TthcTime.toSecond). */
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 3, 31, 23, 59, 59);
    /** Later than every supplement round: versions of a dossier differ in their latest record time only by intent. */
    private static final LocalDateTime RETURNED = RECEIVED.plusDays(30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T17:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void reingestingTheSameInputChangesNothingAndACrashedBatchIsHarmless() throws Exception {
        DeltaWarehouse warehouse = warehouse();
        List<DossierRecord> dossiers = List.of(
                dossier("A-1", at(1), StatusCode.PROCESSING, rounds(3)),
                dossier("A-2", null, StatusCode.RESULT_RETURNED, rounds(1)),
                dossier("A-2", at(2), StatusCode.FINISHED, rounds(0)));
        List<DossierEvent> events = List.of(event("A-1", "e1", StatusCode.ACCEPTED),
                event("A-1", "e2", StatusCode.PROCESSING), event("A-1", "e1", StatusCode.ACCEPTED));
        List<RecordRejection> rejections = List.of(rejection(7, "{}"), rejection(7, "{}"), rejection(7, "{\"a\":1}"),
                new RecordRejection(null, null, 3, null, null, "no source", null));
        IngestBatch crashed = warehouse.openBatch("crashed");
        crashed.addDossiers(dossiers);
        crashed.addEvents(events);
        // … the process dies before commit; the next run ingests the same input under a new batch id

        BatchResult first = ingest(warehouse, "first", dossiers, events, rejections);
        Map<WarehouseTable, List<String>> before = contents(warehouse);
        BatchResult again = ingest(warehouse, "again", dossiers, events, rejections);

        assertThat(first).isEqualTo(new BatchResult("first", 3, 2, 0, 0, 2, 2, 3, 2, 4, 3));
        assertThat(again).isEqualTo(new BatchResult("again", 3, 0, 0, 2, 2, 2, 3, 0, 4, 0));
        assertThat(contents(warehouse)).isEqualTo(before);
        assertThat(warehouse.count(WarehouseTable.DOSSIER_SUPPLEMENT)).isEqualTo(3);
        Row rejected = warehouse.table(WarehouseTable.QUARANTINE).where("position = 3").first();
        assertThat(rejected.<LocalDateTime>getAs("quarantined_at")).as("local time of Asia/Ho_Chi_Minh")
                .isEqualTo(LocalDateTime.of(2025, 4, 2, 0, 30));
        assertThat(rejected.<String>getAs("batch_id")).isEqualTo("first");
        // committed batches leave no staging; the crashed one is ignored until its id is opened again
        assertThat(Files.list(root.resolve("_staging")).map(p -> p.getFileName().toString()).toList())
                .containsExactly("crashed");
        assertThat(warehouse.openBatch("crashed").commit().dossiersStaged()).isZero();
        assertThat(Files.list(root.resolve("_staging")).toList()).isEmpty();
    }

    @Test
    void theNewestVersionWinsAndAStaleOneNeverOverwritesNewerState() {
        DeltaWarehouse warehouse = warehouse();
        IngestBatch first = warehouse.openBatch("b1");
        first.addDossiers(List.of(
                dossier("A-1", at(5), StatusCode.FINISHED, rounds(0)),
                dossier("A-1", at(4), StatusCode.RESULT_RETURNED, rounds(2)),
                dossier("A-2", at(4), StatusCode.ACCEPTED, rounds(0)),
                dossier("A-3", at(10), StatusCode.PROCESSING, rounds(2)),
                dossier("A-4", null, StatusCode.PROCESSING, rounds(1))));
        first.addDossiers(List.of(
                dossier("A-1", null, StatusCode.STOPPED, rounds(0)), // a missing update time is the oldest
                dossier("A-2", at(4), StatusCode.PROCESSING, rounds(3)))); // a tie: the later arrival wins
        assertThat(first.commit().dossiersInserted()).isEqualTo(4);
        assertThat(statuses(warehouse)).containsExactly(StatusCode.FINISHED, StatusCode.PROCESSING,
                StatusCode.PROCESSING, StatusCode.PROCESSING);
        assertThat(roundsByDossier(warehouse)).containsExactly(0, 3, 2, 1);

        BatchResult second = ingest(warehouse, "b2", List.of(
                dossier("A-3", at(9), StatusCode.FINISHED, rounds(3)), // older
                dossier("A-2", null, StatusCode.FINISHED, rounds(0)), // older: missing update time
                dossier("A-1", at(5), StatusCode.STOPPED, rounds(1)), // equal version, other content: replaces
                dossier("A-4", null, StatusCode.FINISHED, rounds(0))), // equal (both missing): replaces
                List.of(), List.of());

        assertThat(second).isEqualTo(new BatchResult("b2", 4, 0, 2, 2, 4, 4, 0, 0, 0, 0));
        assertThat(statuses(warehouse)).containsExactly(StatusCode.STOPPED, StatusCode.PROCESSING,
                StatusCode.PROCESSING, StatusCode.FINISHED);
        assertThat(roundsByDossier(warehouse)).as("rounds are replaced exactly with their dossier")
                .containsExactly(1, 3, 2, 0);
    }

    @Test
    void recordsRoundTripWithTheirLocalTimesCodesAndDueDates() {
        DeltaWarehouse warehouse = warehouse();
        DossierRecord record = dossier("A-1", at(1), StatusCode.SUPPLEMENT_REQUESTED, rounds(1));
        ingest(warehouse, "b1", List.of(record), List.of(), List.of());

        Row row = warehouse.table(WarehouseTable.DOSSIER).first();
        assertThat(row.<LocalDateTime>getAs("received_at")).isEqualTo(RECEIVED);
        assertThat(row.<String>getAs("received_month")).isEqualTo("2025-03");
        assertThat(row.<Integer>getAs("status")).isEqualTo(5);
        assertThat(row.<Integer>getAs("channel")).isEqualTo(2);
        assertThat(row.<Object>getAs("applicant_type")).isNull();
        assertThat(row.<LocalDateTime>getAs("version_record_time")).isEqualTo(record.latestRecordTime());
        Row round = warehouse.table(WarehouseTable.DOSSIER_SUPPLEMENT).first();
        assertThat(round.<LocalDateTime>getAs("requested_at")).isEqualTo(RECEIVED.plusDays(1));
        assertThat(round.<LocalDateTime>getAs("due_after")).as("the round's new appointment")
                .isEqualTo(RECEIVED.plusDays(20));
    }

    @Test
    void aDossierOfAnOrganisationOrProcedureNotInTheCatalogueIsKeptAndFlagged() {
        DeltaWarehouse warehouse = warehouse();
        warehouse.upsertOrganisations(List.of(
                new Organisation(DISTRICT, "Huyện", 2, OrganisationKind.DISTRICT, null, null, null)));
        warehouse.upsertProcedures(List.of(new Procedure("1.001", "Thủ tục", "LV1", "Lĩnh vực", 3, 10,
                ProcessingTimeUnit.WORKING_DAYS, 0)));
        DossierRecord strangeOrg = dossier("A-2", COMMUNE, "1.001");

        BatchResult first = ingest(warehouse, "b1", List.of(dossier("A-1", DISTRICT, "1.001"), strangeOrg,
                dossier("A-3", DISTRICT, "9.999")), List.of(), List.of());

        assertThat(first.dossiersInserted()).as("kept").isEqualTo(3);
        assertThat(first.dossiersOrgUnknown()).isEqualTo(1);
        assertThat(first.dossiersProcedureUnknown()).isEqualTo(1);
        assertThat(flags(warehouse)).containsExactly("A-1 false false", "A-2 true false", "A-3 false true");

        warehouse.upsertOrganisations(List.of(new Organisation(COMMUNE, "Xã", 3, OrganisationKind.COMMUNE, null,
                null, null)));
        BatchResult resent = ingest(warehouse, "b2", List.of(strangeOrg), List.of(), List.of());

        assertThat(resent.dossiersUpdated()).as("the catalogue now knows the organisation").isEqualTo(1);
        assertThat(flags(warehouse)).containsExactly("A-1 false false", "A-2 false false", "A-3 false true");
    }

    @Test
    void organisationVersionsAndSuccessionsAreKeptAndHandlingCodesRecorded() {
        DeltaWarehouse warehouse = warehouse();
        warehouse.upsertOrganisations(List.of(
                new Organisation(PROVINCE, "Tỉnh", 1, OrganisationKind.PROVINCE, null, null, null)));
        ingest(warehouse, "b1", List.of(dossier("A-1", at(1), StatusCode.ACCEPTED, rounds(0))), List.of(), List.of());
        assertThat(warehouse.handlingOrgCodes()).containsExactly(DISTRICT);

        LocalDate reform = LocalDate.of(2025, 7, 1);
        Organisation district = new Organisation(DISTRICT, "Huyện", 2, OrganisationKind.DISTRICT, PROVINCE, null,
                reform.minusDays(1));
        Organisation renamed = new Organisation(DISTRICT, "Huyện (tên mới)", 2, OrganisationKind.DISTRICT, PROVINCE,
                LocalDate.of(2025, 2, 1), reform.minusDays(1));
        Organisation commune = new Organisation(COMMUNE, "Xã", 3, OrganisationKind.COMMUNE, PROVINCE, reform, null);
        OrganisationSuccession split = OrganisationSuccession.split(DISTRICT, COMMUNE, reform, true);
        warehouse.upsertOrganisations(List.of(district, renamed, commune), List.of(split));
        Map<WarehouseTable, Long> versions = warehouse.tableVersions();
        warehouse.upsertOrganisations(List.of(district, commune), List.of(split));

        assertThat(warehouse.tableVersions()).as("an unchanged catalogue writes nothing").isEqualTo(versions);
        OrganisationCatalogue stored = warehouse.catalogue();
        assertThat(stored.versions()).containsExactlyInAnyOrder(
                new Organisation(PROVINCE, "Tỉnh", 1, OrganisationKind.PROVINCE, null, null, null),
                district, renamed, commune);
        assertThat(stored.successions()).containsExactly(split);
        assertThat(stored.rollUp(DISTRICT, reform)).containsExactly(COMMUNE, PROVINCE);

        Organisation corrected = new Organisation(DISTRICT, "Huyện (tên mới, sửa)", 2, OrganisationKind.DISTRICT,
                PROVINCE, LocalDate.of(2025, 2, 1), reform.minusDays(1));
        warehouse.upsertOrganisations(List.of(corrected));
        assertThat(warehouse.catalogue().versions()).as("a version replaces the one of its code and first day")
                .contains(corrected).doesNotContain(renamed).hasSize(4);
        assertThat(warehouse.handlingOrgCodes()).containsExactly(DISTRICT);
    }

    @Test
    void aCrosswalkWithoutPrimarySuccessorIsRefusedAndNothingIsWritten() {
        DeltaWarehouse warehouse = warehouse();
        LocalDate reform = LocalDate.of(2025, 7, 1);
        Map<WarehouseTable, Long> versions = warehouse.tableVersions();

        assertThatThrownBy(() -> warehouse.upsertOrganisations(List.of(), List.of(
                OrganisationSuccession.split(DISTRICT, COMMUNE, reform, false))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no primary successor");
        assertThat(warehouse.tableVersions()).isEqualTo(versions);
    }

    @Test
    void batchIdsAreSafeFolderNamesAndABatchCommitsOnce() {
        // made from nothing, as in production (the other tests copy an empty one: EmptyWarehouses)
        DeltaWarehouse warehouse = new DeltaWarehouse(SharedSpark.session(), root, CLOCK);
        assertThatThrownBy(() -> warehouse.openBatch("../etc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch id");
        IngestBatch batch = warehouse.openBatch("once");
        batch.commit();
        assertThatThrownBy(batch::commit).isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
        assertThat(warehouse.tableVersions()).containsOnlyKeys(WarehouseTable.values());
    }

    private DeltaWarehouse warehouse() {
        return EmptyWarehouses.create(SharedSpark.session(), root, CLOCK);
    }

    private static BatchResult ingest(DeltaWarehouse warehouse, String id, List<DossierRecord> dossiers,
                                      List<DossierEvent> events, List<RecordRejection> rejections) {
        IngestBatch batch = warehouse.openBatch(id);
        batch.addDossiers(dossiers);
        batch.addEvents(events);
        batch.addRejections(rejections);
        return batch.commit();
    }

    private static Map<WarehouseTable, List<String>> contents(DeltaWarehouse warehouse) {
        Map<WarehouseTable, List<String>> contents = new EnumMap<>(WarehouseTable.class);
        for (WarehouseTable table : WarehouseTable.values()) {
            contents.put(table, warehouse.table(table).collectAsList().stream().map(Row::toString).sorted().toList());
        }
        return contents;
    }

    /** Stored statuses in order of dossier code. */
    private static List<StatusCode> statuses(DeltaWarehouse warehouse) {
        return warehouse.table(WarehouseTable.DOSSIER).orderBy("dossier_code").collectAsList().stream()
                .map(r -> StatusCode.of(r.<Integer>getAs("status"))).toList();
    }

    /** Stored supplement rounds per dossier, in order of dossier code. */
    private static List<Integer> roundsByDossier(DeltaWarehouse warehouse) {
        return warehouse.session().sql("""
                SELECT count(s.round_no) FROM dossier d
                LEFT JOIN dossier_supplement s ON s.source_system = d.source_system AND s.dossier_code = d.dossier_code
                GROUP BY d.dossier_code ORDER BY d.dossier_code""").collectAsList().stream()
                .map(r -> (int) r.getLong(0)).toList();
    }

    private static LocalDateTime at(int hour) {
        return LocalDateTime.of(2025, 4, 10, hour, 0);
    }

    private static List<SupplementRound> rounds(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> new SupplementRound(RECEIVED.plusDays(i), RECEIVED.plusDays(i + 1), null,
                        RECEIVED.plusDays(20 * i)))
                .toList();
    }

    /** Each dossier's code suffix and its two flags, in order of dossier code. */
    private static List<String> flags(DeltaWarehouse warehouse) {
        return warehouse.session().sql("""
                SELECT substring_index(dossier_code, '-', -2) || ' ' || org_unknown || ' ' || procedure_unknown
                FROM dossier ORDER BY dossier_code""").collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    private static DossierRecord dossier(String code, String orgCode, String procedureCode) {
        return new DossierRecord(SOURCE, DISTRICT + "-250331-" + code, procedureCode, "Thủ tục", "LV1", "Lĩnh vực",
                Channel.ONLINE, null, "Hồ sơ " + code, orgCode, "Cơ quan", RECEIVED, RECEIVED.plusDays(10),
                StatusCode.PROCESSING, null, null, List.of(), null, at(1));
    }

    private static DossierRecord dossier(String code, LocalDateTime updatedAt, StatusCode status,
                                         List<SupplementRound> supplements) {
        return new DossierRecord(SOURCE, DISTRICT + "-250331-" + code, "1.001", "Thủ tục", "LV1", "Lĩnh vực",
                Channel.ONLINE, null, "Hồ sơ " + code, DISTRICT, "Huyện", RECEIVED, RECEIVED.plusDays(10), status,
                null, RETURNED, supplements, null, updatedAt);
    }

    private static DossierEvent event(String code, String id, StatusCode status) {
        return new DossierEvent(SOURCE, DISTRICT + "-250331-" + code, id, RECEIVED.plusHours(1), status, "cb1", null,
                null, null, null, null);
    }

    private static RecordRejection rejection(long position, String payload) {
        return new RecordRejection(SOURCE, "packets/2025-04.json", position, null, "MaHoSo", "missing", payload);
    }
}

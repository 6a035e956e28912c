package org.tthc.api.national.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.FaultInjectingReceiver;
import org.tthc.api.national.FaultInjectingReceiver.Accepted;
import org.tthc.api.national.FaultInjectingReceiver.Fault;
import org.tthc.api.national.NationalPortalClient;
import org.tthc.api.national.NationalProperties;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.OutboxStatus;
import org.tthc.api.national.OutboxWorker;
import org.tthc.api.national.RetryPolicy;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.packet.PacketJsonSchemas;
import org.tthc.domain.packet.dvcqg.DvcqgRecordCollector;
import org.tthc.domain.packet.lgsp.LgspPacketReader;
import org.tthc.portal.database.ChangeTracking;
import org.tthc.portal.database.PortalFixtures;
import org.tthc.portal.database.TestDatabase;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.workflow.Actor;
import org.tthc.portal.workflow.Assignee;
import org.tthc.portal.workflow.Office;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

/**
 * Dossiers received and processed in portal-lite (its own intake and workflow services) reach a receiver on 127.0.0.1
 * that validates every packet against its schema and injects faults: each dossier's packet first (DVCQG: with
 * isUpdating "False" and then "True"), its progress after it in the order it happened, every packet exactly once; a
 * repeated pass queues nothing new; a record that breaks its schema is reported by dossier and field and skipped. The
 * same for the 2018 LGSP packets MSyncDocument and MDocumentTraces, in XML and in JSON.
 */
class DossierSyncTest {
    private static final Actor HEAD_OF_UNIT = Actor.officer("tp.hotich");
    private static final Actor APPROVER = Actor.officer("ld.so");
    private static final Actor CLERK = Actor.officer("vt.so");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final XmlMapper XML = XmlMapper.builder().build();
    private static final String PROVINCE_NAME = "UBND tỉnh Quảng Trị";

    @TempDir
    Path data;

    private Office office;
    private FaultInjectingReceiver receiver;
    private ControlDatabase control;
    private Outbox outbox;
    private DossierSync sync;
    private final Clock clock = Clock.systemUTC();

    @BeforeEach
    void start() throws Exception {
        office = new Office(TestDatabase.Kind.H2, data.resolve("portal"), "2025-03-05T09:00");
        receiver = new FaultInjectingReceiver(800);
        control = ControlDatabase.embedded(data.resolve("control"));
        outbox = new Outbox(control);
        sync = new DossierSync(office.dsl(), control, outbox, settings(), new PacketJsonSchemas(), clock);
    }

    @AfterEach
    void stop() {
        receiver.close();
        control.close();
        office.close();
    }

    @Test
    void processedDossiersArriveInOrderExactlyOnceWithIsUpdatingAndARepeatedPassQueuesNothingNew() throws Exception {
        receiver.injectInCycle(Fault.NONE, Fault.SERVER_ERROR, Fault.NONE, Fault.DROP_AFTER, Fault.NONE,
                Fault.EXPIRE_TOKEN, Fault.SLOW_WITHIN_TIMEOUT, Fault.DROP_BEFORE);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(office.at("2025-03-05T09:0" + i).receive());
        }
        for (String code : codes.subList(0, 4)) {
            office.at("2025-03-05T10:00").workflow.assign(code, HEAD_OF_UNIT, Assignee.officer(Office.EXAMINER.id()));
        }
        office.at("2025-03-06T10:00").workflow.forward(codes.get(0), Office.EXAMINER, Assignee.officer(APPROVER.id()));

        DossierSyncReport first = sync.queueChanges();

        assertThat(first.dossiersQueued()).isEqualTo(6);
        assertThat(first.progressQueued()).as("6 intakes, 4 assignments, 1 forward").isEqualTo(11);
        assertThat(first.rejected()).isEmpty();
        drain();

        office.at("2025-03-07T09:00").workflow.forward(codes.get(0), APPROVER, Assignee.officer(CLERK.id()));
        office.at("2025-03-07T10:00").workflow.finish(codes.get(0), CLERK);
        office.at("2025-03-07T11:00").workflow.returnResult(codes.get(0), Office.DESK);
        office.at("2025-03-07T09:30").workflow.forward(codes.get(1), Office.EXAMINER, Assignee.officer(APPROVER.id()));
        DossierSyncReport second = sync.queueChanges();

        assertThat(second.fromChangeSeq()).isEqualTo(first.toChangeSeq());
        assertThat(second.dossiersQueued()).as("the returned dossier; a forward changes no field of the record")
                .isEqualTo(1);
        assertThat(second.dossiersUnchanged()).isEqualTo(1);
        assertThat(second.progressQueued()).as("two forwards, the finish and the return").isEqualTo(4);
        drain();

        assertThat(outbox.counts()).containsEntry(OutboxStatus.ACKNOWLEDGED, 6 + 11 + 1 + 4)
                .containsEntry(OutboxStatus.DEAD, 0);
        Map<String, List<JsonNode>> arrived = arrivedByDossier();
        assertThat(arrived).containsOnlyKeys(codes);
        for (String code : codes) {
            List<JsonNode> packets = arrived.get(code);
            assertThat(packets.get(0).path("service").asText()).as(code + " starts with its dossier packet")
                    .isEqualTo("DongBoHoSoMC");
            assertThat(packets.get(0).path("isUpdating").asText()).isEqualTo("False");
            assertThat(packets.stream().skip(1).filter(p -> p.path("service").asText().equals("DongBoHoSoMC")))
                    .allSatisfy(p -> assertThat(p.path("isUpdating").asText()).isEqualTo("True"));
            assertThat(progressTimes(packets)).as(code + ": progress in the order it happened").isSorted();
        }
        List<JsonNode> finished = arrived.get(codes.get(0));
        assertThat(finished).extracting(p -> p.path("service").asText() + " " + status(p)).containsExactly(
                "DongBoHoSoMC 4", "CapNhatTienDoHoSoMC 2", "CapNhatTienDoHoSoMC 4", "CapNhatTienDoHoSoMC 4",
                "DongBoHoSoMC 10", "CapNhatTienDoHoSoMC 4", "CapNhatTienDoHoSoMC 9", "CapNhatTienDoHoSoMC 10");
        JsonNode dossier = finished.get(0).path("data").path(0);
        assertThat(dossier.path("ChuHoSo").asText()).as("personal data from portal-lite").isEqualTo("Nguyễn Văn An");
        assertThat(dossier.path("SoGiayToChuHoSo").asText()).isEqualTo(Office.APPLICANT_ID);
        assertThat(dossier.path("SoDienThoai").asText()).isEqualTo("0912345678");
        assertThat(dossier.path("MaDonViXuLy").asText()).isEqualTo(PortalFixtures.JUSTICE);
        assertThat(dossier.path("DonViXuLy").asText()).isEqualTo("Sở Tư pháp");
        assertThat(receiver.duplicates()).as("answers lost after keeping were resent, kept once").isPositive();

        DossierSyncReport nothingNew = sync.queueChanges();
        assertThat(nothingNew.toChangeSeq()).isEqualTo(second.toChangeSeq());
        assertThat(nothingNew.dossiersQueued() + nothingNew.progressQueued()).isZero();
        // a pass killed before it committed its watermark is repeated: everything it queues is already queued
        new DossierSyncState(control).commitWatermark(PortalDossierChanges.SOURCE, 0, clock.instant());
        DossierSyncReport repeated = sync.queueChanges();
        assertThat(repeated.dossiersQueued() + repeated.progressQueued()).isZero();
        assertThat(repeated.dossiersUnchanged()).isEqualTo(6);
        assertThat(outbox.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(22);
    }

    @Test
    void aRecordThatBreaksItsSchemaIsReportedWithItsDossierAndFieldAndTheOthersGoOn() throws Exception {
        office.dsl().update(PROCEDURES).set(PROCEDURES.SECTOR_CODE, (String) null)
                .set(PROCEDURES.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                .where(PROCEDURES.CODE.eq(PortalFixtures.FOUR_HOUR_PROCEDURE)).execute();
        String withoutSector = office.intake.register(new IntakeRequest(PortalFixtures.FOUR_HOUR_PROCEDURE,
                PortalFixtures.JUSTICE, Channel.ONLINE, ApplicantType.CITIZEN, "Trần Thị Bình", "079301000111",
                null, null, "Chứng thực bản sao", null, "online", "Bộ phận Một cửa")).code();
        String good = office.receive();
        String anonymousStep = office.at("2025-03-05T09:10").receive();
        office.dsl().update(PROCESSING_EVENTS).set(PROCESSING_EVENTS.ACTOR, (String) null)
                .set(PROCESSING_EVENTS.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                .where(PROCESSING_EVENTS.DOSSIER_ID.eq(office.dossier(anonymousStep).getId())).execute();

        DossierSyncReport report = sync.queueChanges();

        assertThat(report.rejected()).extracting(RejectedRecord::dossierCode, RejectedRecord::packetType,
                RejectedRecord::field).containsExactly(
                        tuple(withoutSector, "DongBoHoSoMC", "MaLinhVuc"),
                        tuple(anonymousStep, "CapNhatTienDoHoSoMC", "NguoiXuLy"));
        assertThat(report.rejected().get(1).eventId()).startsWith("event-");
        assertThat(report.rejected().get(0).describe()).contains(withoutSector, "MaLinhVuc");
        assertThat(sync.rejections(withoutSector)).extracting(RejectedRecord::field).containsExactly("MaLinhVuc");
        assertThat(report.dossiersQueued()).isEqualTo(2);
        assertThat(report.progressQueued()).as("the good dossier's intake").isEqualTo(1);
        assertThat(report.progressHeldBack()).as("never ahead of its dossier's packet").isEqualTo(1);
        drain();
        assertThat(arrivedByDossier()).containsOnlyKeys(good, anonymousStep);
        assertThat(office.dsl().fetchCount(DOSSIERS)).isEqualTo(3);

        // fixed at the source: the dossier goes out with the progress held back
        office.dsl().update(PROCEDURES).set(PROCEDURES.SECTOR_CODE, "G09-TP04")
                .set(PROCEDURES.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                .where(PROCEDURES.CODE.eq(PortalFixtures.FOUR_HOUR_PROCEDURE)).execute();
        office.dsl().update(DOSSIERS).set(DOSSIERS.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                .where(DOSSIERS.CODE.eq(withoutSector)).execute();
        DossierSyncReport fixed = sync.queueChanges();
        assertThat(fixed.rejected()).isEmpty();
        assertThat(fixed.dossiersQueued()).isEqualTo(1);
        assertThat(fixed.progressQueued()).isEqualTo(1);
        drain();
        assertThat(arrivedByDossier().get(withoutSector)).extracting(p -> p.path("service").asText())
                .containsExactly("DongBoHoSoMC", "CapNhatTienDoHoSoMC");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xml", "json"})
    void lgspDocumentsArriveBeforeTheirTracesInOrderExactlyOnceAndValid(String format) throws Exception {
        DossierSync lgsp = lgspSync(format);
        receiver.injectInCycle(Fault.NONE, Fault.SERVER_ERROR, Fault.NONE, Fault.DROP_AFTER, Fault.NONE,
                Fault.EXPIRE_TOKEN, Fault.SLOW_WITHIN_TIMEOUT, Fault.DROP_BEFORE);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            codes.add(office.at("2025-03-05T09:0" + i).receive());
        }
        for (String code : codes.subList(0, 3)) {
            office.at("2025-03-05T10:00").workflow.assign(code, HEAD_OF_UNIT, Assignee.officer(Office.EXAMINER.id()));
        }
        office.at("2025-03-06T10:00").workflow.forward(codes.get(0), Office.EXAMINER, Assignee.officer(APPROVER.id()));

        DossierSyncReport first = lgsp.queueChanges();

        assertThat(first.dossiersQueued()).isEqualTo(4);
        assertThat(first.progressQueued()).as("4 intakes, 3 assignments, 1 forward").isEqualTo(8);
        assertThat(first.rejected()).isEmpty();
        drain();

        office.at("2025-03-07T09:00").workflow.forward(codes.get(0), APPROVER, Assignee.officer(CLERK.id()));
        office.at("2025-03-07T10:00").workflow.finish(codes.get(0), CLERK);
        office.at("2025-03-07T11:00").workflow.returnResult(codes.get(0), Office.DESK);
        office.at("2025-03-07T09:30").workflow.forward(codes.get(1), Office.EXAMINER, Assignee.officer(APPROVER.id()));
        DossierSyncReport second = lgsp.queueChanges();

        assertThat(second.dossiersQueued()).as("the returned dossier, sent again: MSyncDocument has no isUpdating")
                .isEqualTo(1);
        assertThat(second.dossiersUnchanged()).as("a forward changes no field of MSyncDocument").isEqualTo(1);
        assertThat(second.progressQueued()).as("two forwards, the finish and the return").isEqualTo(4);
        drain();

        assertThat(outbox.counts()).containsEntry(OutboxStatus.ACKNOWLEDGED, 4 + 8 + 1 + 4)
                .containsEntry(OutboxStatus.DEAD, 0);
        Map<String, List<Accepted>> arrived = new LinkedHashMap<>();
        for (Accepted packet : keptOnce()) {
            arrived.computeIfAbsent(packet.dossier(), d -> new ArrayList<>()).add(packet);
        }
        assertThat(arrived).containsOnlyKeys(codes);
        for (String code : codes) {
            List<Accepted> packets = arrived.get(code);
            assertThat(packets).extracting(Accepted::mediaType).containsOnly("application/" + format);
            assertThat(packets.get(0).packetType()).as(code + " starts with its dossier packet")
                    .isEqualTo("MSyncDocument");
            assertThat(packets.stream().map(DossierSyncTest::readBack).flatMap(r -> r.events().stream())
                    .map(DossierEvent::occurredAt).toList()).as(code + ": progress in the order it happened")
                    .isSorted();
            for (Accepted packet : packets) {
                JsonNode tree = tree(packet);
                String levelOne = packet.packetType().equals("MSyncDocument") ? "OrganInchargeIdLevel1"
                        : "OrganizationInchargeIdLevel1";
                assertThat(tree.path(levelOne).asText()).as("the level-1 ancestor of the handling organisation")
                        .isEqualTo(PortalFixtures.PROVINCE);
                assertThat(tree.path(levelOne.replace("IdLevel1", "Name")).asText()).isEqualTo(PROVINCE_NAME);
            }
        }
        List<Accepted> finished = arrived.get(codes.get(0));
        assertThat(finished).extracting(p -> p.packetType() + " " + statusReadBack(p)).containsExactly(
                "MSyncDocument 4", "MDocumentTraces 2", "MDocumentTraces 4", "MDocumentTraces 4",
                "MSyncDocument 10", "MDocumentTraces 4", "MDocumentTraces 9", "MDocumentTraces 10");
        JsonNode document = tree(finished.get(0));
        assertThat(document.path("CitizenName").asText()).as("personal data from portal-lite")
                .isEqualTo("Nguyễn Văn An");
        assertThat(document.path("ApplicantsId").asText()).isEqualTo(Office.APPLICANT_ID);
        assertThat(document.path("Phone").asText()).isEqualTo("0912345678");
        assertThat(document.path("ProcessingOrganName").asText()).isEqualTo("Sở Tư pháp");
        assertThat(readBack(finished.get(4)).dossiers().get(0).returnedAt())
                .isEqualTo(LocalDateTime.parse("2025-03-07T11:00"));
        assertThat(receiver.duplicates()).as("answers lost after keeping were resent, kept once").isPositive();
    }

    @Test
    void anLgspPassRepeatedQueuesNothingNew() {
        DossierSync lgsp = lgspSync("xml");
        String assigned = office.at("2025-03-05T09:00").receive();
        office.at("2025-03-05T09:05").receive();
        office.at("2025-03-05T10:00").workflow.assign(assigned, HEAD_OF_UNIT,
                Assignee.officer(Office.EXAMINER.id()));
        DossierSyncReport first = lgsp.queueChanges();
        assertThat(first.dossiersQueued() + first.progressQueued()).isEqualTo(2 + 3);

        DossierSyncReport again = lgsp.queueChanges();
        assertThat(again.toChangeSeq()).isEqualTo(first.toChangeSeq());
        assertThat(again.dossiersQueued() + again.progressQueued()).isZero();
        // a pass killed before it committed its watermark is repeated: everything it queues is already queued
        new DossierSyncState(control).commitWatermark(PortalDossierChanges.SOURCE, 0, clock.instant());
        DossierSyncReport repeated = lgsp.queueChanges();
        assertThat(repeated.dossiersQueued() + repeated.progressQueued()).isZero();
        assertThat(repeated.dossiersUnchanged()).isEqualTo(2);
        assertThat(repeated.alreadyQueued()).as("the progress records, by their idempotency keys").isEqualTo(3);
        assertThat(outbox.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xml", "json"})
    void anLgspRecordThatBreaksItsSchemaOrHasNoLevelOneOrganisationIsReportedByDossierAndField(String format) {
        DossierSync lgsp = lgspSync(format);
        office.dsl().insertInto(ORGANISATIONS).set(ORGANISATIONS.CODE, "H38.99")
                .set(ORGANISATIONS.NAME, "Ban Quản lý khu kinh tế").set(ORGANISATIONS.ORG_LEVEL, (short) 2)
                .set(ORGANISATIONS.KIND, OrganisationKind.DEPARTMENT.name())
                .set(ORGANISATIONS.VALID_FROM, LocalDate.of(2020, 1, 1)).execute(); // no parent
        String withoutPhone = office.intake.register(new IntakeRequest(PortalFixtures.THREE_DAY_PROCEDURE,
                PortalFixtures.JUSTICE, Channel.IN_PERSON, ApplicantType.CITIZEN, "Trần Thị Bình", "079301000111",
                null, null, "Đăng ký khai sinh", null, Office.DESK.id(), "Bộ phận Một cửa")).code();
        String orphaned = office.intake.register(new IntakeRequest(PortalFixtures.THREE_DAY_PROCEDURE, "H38.99",
                Channel.IN_PERSON, ApplicantType.CITIZEN, "Lê Văn Cường", "079301000222", "0912000111", null,
                "Đăng ký khai sinh", null, Office.DESK.id(), "Bộ phận Một cửa")).code();
        office.receive();

        DossierSyncReport report = lgsp.queueChanges();

        assertThat(report.rejected()).extracting(RejectedRecord::dossierCode, RejectedRecord::packetType,
                RejectedRecord::field).containsExactly(
                        tuple(withoutPhone, "MSyncDocument", "Phone"),
                        tuple(orphaned, "MSyncDocument", "OrganInchargeIdLevel1"));
        assertThat(report.rejected().get(1).describe()).contains(orphaned, "H38.99", "level-1");
        assertThat(lgsp.rejections(withoutPhone)).extracting(RejectedRecord::field).containsExactly("Phone");
        assertThat(report.dossiersQueued()).isEqualTo(1);
        assertThat(report.progressQueued()).as("the good dossier's intake").isEqualTo(1);
        assertThat(report.progressHeldBack()).as("never ahead of their dossiers' packets").isEqualTo(2);
    }

    private void drain() throws InterruptedException {
        OutboxWorker worker = new OutboxWorker(outbox, new NationalPortalClient(settings(), clock),
                RetryPolicy.of(settings()), clock);
        worker.drain(Duration.ofSeconds(60));
    }

    private Map<String, List<JsonNode>> arrivedByDossier() throws Exception {
        Map<String, List<JsonNode>> byDossier = new LinkedHashMap<>();
        for (Accepted accepted : keptOnce()) {
            byDossier.computeIfAbsent(accepted.dossier(), d -> new ArrayList<>()).add(JSON.readTree(accepted.payload()));
        }
        return byDossier;
    }

    /** What the receiver kept, in order; no packet twice. */
    private List<Accepted> keptOnce() {
        List<Accepted> kept = receiver.accepted();
        assertThat(kept).extracting(Accepted::idempotencyKey).as("each packet kept once").doesNotHaveDuplicates();
        return kept;
    }

    /** An LGSP packet's fields, from JSON or XML; XML values are text. */
    private static JsonNode tree(Accepted packet) throws IOException {
        return packet.mediaType().equals("application/xml") ? XML.readTree(packet.payload())
                : JSON.readTree(packet.payload());
    }

    /** An LGSP packet read back by the platform's own reader, which accepts it whole. */
    private static DvcqgRecordCollector readBack(Accepted packet) {
        DvcqgRecordCollector records = new DvcqgRecordCollector();
        new LgspPacketReader("national", Clock.systemUTC(), null).read(
                new ByteArrayInputStream(packet.payload().getBytes(StandardCharsets.UTF_8)), packet.idempotencyKey(),
                records);
        assertThat(records.rejections()).as(packet.payload()).isEmpty();
        return records;
    }

    private static int statusReadBack(Accepted packet) {
        DvcqgRecordCollector records = readBack(packet);
        return records.dossiers().isEmpty() ? records.events().get(0).status().code()
                : records.dossiers().get(0).status().code();
    }

    private static List<String> progressTimes(List<JsonNode> packets) {
        return packets.stream().filter(p -> p.path("service").asText().equals("CapNhatTienDoHoSoMC"))
                .map(p -> p.path("data").path(0).path("ThoiDiemXuLy").asText()).toList();
    }

    private static String status(JsonNode packet) {
        JsonNode record = packet.path("data").path(0);
        return record.has("TrangThaiHoSo") ? record.path("TrangThaiHoSo").asText() : record.path("TrangThai").asText();
    }

    private DossierSync lgspSync(String format) {
        return new DossierSync(office.dsl(), control, outbox, settings(Map.of("tthc.national.dossier-packets", "lgsp",
                "tthc.national.format", format)), new PacketJsonSchemas(), clock);
    }

    private NationalProperties settings() {
        return settings(Map.of());
    }

    private NationalProperties settings(Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of(
                "tthc.national.base-url", receiver.baseUrl(),
                "tthc.national.client-id", FaultInjectingReceiver.CLIENT_ID,
                "tthc.national.client-secret", FaultInjectingReceiver.CLIENT_SECRET,
                "tthc.national.read-timeout", "400ms",
                "tthc.national.connect-timeout", "2s",
                "tthc.national.max-attempts", "30",
                "tthc.national.initial-backoff", "5ms",
                "tthc.national.max-backoff", "50ms"));
        values.putAll(more);
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("tthc.national", NationalProperties.class);
    }
}

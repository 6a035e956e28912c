package org.tthc.domain.packet.lgsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.EventIds;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.packet.PacketJsonSchemas;
import org.tthc.domain.packet.PacketXmlSchemas;
import org.tthc.domain.packet.dvcqg.DvcqgRecordCollector;
import org.tthc.domain.personal.ApplicantContact;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.domain.personal.ApplicantIdentity;

/** What we send is what we read: LGSP packets written by the writer read back to the same canonical records. */
class LgspPacketWriterTest {
    static final String SOURCE = "lgsp-out";
    static final String LEVEL1 = "000.00.00.H49";
    static final String LEVEL1_NAME = "UBND tỉnh Quảng Nam";
    static final ApplicantContact APPLICANT = new ApplicantContact("Nguyễn Thị Hoa", "079301000111", "0912345678",
            "hoa@example.vn");
    /** 2025-12-01T10:00 local time, after every event below; the clock's own zone is deliberately not Vietnam's. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-01T03:00:00Z"),
            ZoneId.of("America/Bahia_Banderas"));
    private static final ApplicantHasher HASHER = new ApplicantHasher(new byte[32]);
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 10, 1, 8, 30);
    private static final LocalDateTime DUE = LocalDateTime.of(2025, 10, 20, 17, 0);

    private final LgspPacketWriter writer = new LgspPacketWriter(LEVEL1, LEVEL1_NAME);
    private final PacketJsonSchemas jsonSchemas = new PacketJsonSchemas();
    private final PacketXmlSchemas xmlSchemas = new PacketXmlSchemas();

    static final DossierRecord RETURNED = dossier("000.00.12.H49-251001-0001", StatusCode.RESULT_RETURNED,
            LocalDateTime.of(2025, 10, 9, 16, 0), LocalDateTime.of(2025, 10, 10, 9, 0),
            List.of(new SupplementRound(RECEIVED.plusDays(2), RECEIVED.plusDays(5), DUE.minusDays(5), DUE)));
    static final DossierRecord FINISHED_NOT_RETURNED = dossier("000.00.12.H49-251001-0002", StatusCode.FINISHED,
            LocalDateTime.of(2025, 10, 15, 11, 45, 30), null, List.of());
    static final DossierRecord OPEN_SUPPLEMENT_ROUND = dossier("000.00.12.H49-251001-0003",
            StatusCode.SUPPLEMENT_REQUESTED, null, null,
            List.of(new SupplementRound(RECEIVED.plusDays(1), RECEIVED.plusDays(2), DUE.minusDays(5), DUE),
                    new SupplementRound(RECEIVED.plusDays(4), null, DUE, null)));
    static final DossierRecord COMPLETED_SUPPLEMENT_ROUND = dossier("000.00.12.H49-251001-0004",
            StatusCode.PROCESSING, null, null,
            List.of(new SupplementRound(RECEIVED.plusDays(1), RECEIVED.plusDays(3), DUE.minusDays(2), DUE)));
    /** No unit code in the dossier code: the reader takes the level-1 organisation, so that is its handling org. */
    static final DossierRecord NO_UNIT_CODE_NO_DUE_DATE = new DossierRecord(SOURCE, "BN-0005", "2.000123",
            "Chứng thực bản sao từ bản chính", null, null, null, ApplicantType.ENTERPRISE, null, LEVEL1,
            "Văn phòng UBND tỉnh", RECEIVED, null, StatusCode.PROCESSING, null, null, List.of(), null, null);
    static final List<DossierRecord> DOSSIERS = List.of(RETURNED, FINISHED_NOT_RETURNED, OPEN_SUPPLEMENT_ROUND,
            COMPLETED_SUPPLEMENT_ROUND, NO_UNIT_CODE_NO_DUE_DATE);

    /** A step with a start and a deadline (which MDocumentTraces cannot carry) and Vietnamese text. */
    static final DossierEvent STEP = new DossierEvent(SOURCE, RETURNED.dossierCode(), "portal-event-7",
            RECEIVED.plusHours(2), StatusCode.PROCESSING, "Trần Thị Bình", "Chuyên viên", "Phòng Quản lý xây dựng",
            "Thẩm định hồ sơ: đủ điều kiện cấp phép", RECEIVED, RECEIVED.plusDays(3));
    static final DossierEvent LAST_STEP = new DossierEvent(SOURCE, RETURNED.dossierCode(), "portal-event-9",
            LocalDateTime.of(2025, 10, 10, 9, 0), StatusCode.RESULT_RETURNED, "Lê Văn Cường", "Cán bộ một cửa",
            "Bộ phận Một cửa", null, null, null);

    static DossierRecord dossier(String code, StatusCode status, LocalDateTime finishedAt, LocalDateTime returnedAt,
                                 List<SupplementRound> supplements) {
        return new DossierRecord(SOURCE, code, "1.001234", "Cấp giấy phép xây dựng nhà ở riêng lẻ", null, null, null,
                ApplicantType.CITIZEN, "Xin cấp phép xây nhà 3 tầng, phường Hải Châu", "000.00.12.H49",
                "Sở Xây dựng", RECEIVED, DUE, status, finishedAt, returnedAt, supplements, null, null);
    }

    @Test
    void dossiersWrittenAsJsonReadBackToTheSameRecords() {
        for (DossierRecord dossier : DOSSIERS) {
            assertThat(read(writer.documentJson(dossier, APPLICANT)).dossiers()).as(dossier.dossierCode())
                    .containsExactly(dossier);
        }
    }

    @Test
    void dossiersWrittenAsXmlReadBackToTheSameRecords() {
        for (DossierRecord dossier : DOSSIERS) {
            assertThat(read(writer.documentXml(dossier, APPLICANT)).dossiers()).as(dossier.dossierCode())
                    .containsExactly(dossier);
        }
    }

    @Test
    void theApplicantComesFromTheParameterAndReadsBackAsTheSameKeyedHashes() {
        for (String packet : List.of(writer.documentJson(RETURNED, APPLICANT),
                writer.documentXml(RETURNED, APPLICANT))) {
            assertThat(packet).contains("Nguyễn Thị Hoa", "079301000111", "0912345678", "hoa@example.vn");
            assertThat(read(packet).applicants()).containsExactly(new ApplicantIdentity(SOURCE,
                    RETURNED.dossierCode(), HASHER.idNumber("079301000111"), HASHER.phone("0912345678"),
                    HASHER.email("hoa@example.vn")));
        }
    }

    @Test
    void stepsReadBackWithTheLevelOneOrganisationAsDepartmentAndWithoutTheStepTimes() {
        for (DossierEvent step : List.of(STEP, LAST_STEP)) {
            DossierEvent expected = new DossierEvent(SOURCE, step.dossierCode(),
                    EventIds.of(SOURCE, step.dossierCode(), step.occurredAt(), step.status(), step.handler(),
                            LEVEL1_NAME, step.content()),
                    step.occurredAt(), step.status(), step.handler(), step.handlerTitle(), LEVEL1_NAME,
                    step.content(), null, null);
            assertThat(read(writer.traceJson(step)).events()).as("JSON").containsExactly(expected);
            assertThat(read(writer.traceXml(step)).events()).as("XML").containsExactly(expected);
        }
    }

    @Test
    void fieldsThePacketDoesNotCarryComeBackEmpty() {
        DossierRecord full = new DossierRecord(SOURCE, "000.00.12.H49-251001-0006", "1.001234", "Cấp phép",
                "XD", "Xây dựng", Channel.POSTAL, ApplicantType.CITIZEN, "Tóm tắt", "000.00.12.H49", "Sở Xây dựng",
                RECEIVED, DUE, StatusCode.PROCESSING, null, null, List.of(), "000.00.12.H49-250901-0001",
                RECEIVED.plusHours(1));

        String packet = writer.documentJson(full, APPLICANT);

        assertThat(packet).contains("\"ReturnedType\":1");
        assertThat(read(packet).dossiers()).containsExactly(new DossierRecord(SOURCE, full.dossierCode(),
                "1.001234", "Cấp phép", null, null, null, ApplicantType.CITIZEN, "Tóm tắt", "000.00.12.H49",
                "Sở Xây dựng", RECEIVED, DUE, StatusCode.PROCESSING, null, null, List.of(), null, null));
    }

    @Test
    void statusesThePacketCannotSayReadBackAsTheNearestItCan() {
        LocalDateTime end = LocalDateTime.of(2025, 10, 5, 10, 0);
        assertThat(statusReadBack(StatusCode.ACCEPTED, null)).isEqualTo(StatusCode.PROCESSING);
        assertThat(statusReadBack(StatusCode.FINANCIAL_OBLIGATION_REQUESTED, null)).isEqualTo(StatusCode.PROCESSING);
        assertThat(statusReadBack(StatusCode.WITHDRAWN, end)).isEqualTo(StatusCode.FINISHED);
        assertThat(statusReadBack(StatusCode.STOPPED, end)).isEqualTo(StatusCode.FINISHED);
        assertThat(statusReadBack(StatusCode.SUPPLEMENT_REQUESTED, null)).as("HasSupplementary without rounds")
                .isEqualTo(StatusCode.SUPPLEMENT_REQUESTED);
    }

    @Test
    void theSameRecordAlwaysGivesTheSameText() {
        assertThat(writer.documentJson(RETURNED, APPLICANT)).isEqualTo(writer.documentJson(RETURNED, APPLICANT));
        assertThat(writer.documentXml(RETURNED, APPLICANT)).isEqualTo(writer.documentXml(RETURNED, APPLICANT));
    }

    private StatusCode statusReadBack(StatusCode status, LocalDateTime finishedAt) {
        DossierRecord dossier = dossier("000.00.12.H49-251001-0007", status, finishedAt, null, List.of());
        return read(writer.documentXml(dossier, APPLICANT)).dossiers().get(0).status();
    }

    static DvcqgRecordCollector read(String packet) {
        DvcqgRecordCollector collector = new DvcqgRecordCollector();
        new LgspPacketReader(SOURCE, CLOCK, HASHER).read(
                new ByteArrayInputStream(packet.getBytes(StandardCharsets.UTF_8)), "written", collector);
        assertThat(collector.rejections()).as("rejections of " + packet).isEmpty();
        return collector;
    }
}

package org.tthc.domain.packet.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.CODE;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.SOURCE;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.read;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.packet.PacketJsonSchemas;
import org.tthc.domain.personal.ApplicantContact;

/** What we send is what we read: the written packets conform to their schemas and read back to the same records. */
class DossierSyncCodecTest {
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 10, 1, 8, 30);
    private static final ApplicantContact APPLICANT = new ApplicantContact("Nguyễn Thị Hoa", "079301000111",
            "0912345678", "hoa@example.vn");

    private final DossierSyncCodec codec = new DossierSyncCodec();
    private final PacketJsonSchemas schemas = new PacketJsonSchemas();

    @Test
    void dossierPacketConformsToItsSchemaAndReadsBackToTheSameRecord() {
        DossierRecord dossier = new DossierRecord(SOURCE, CODE, "1.001234", "Đăng ký khai sinh", "G01", "Hộ tịch",
                Channel.ONLINE, ApplicantType.CITIZEN, "Khai sinh cho con", "000.00.12.H49", "UBND xã A", RECEIVED,
                RECEIVED.plusDays(3), StatusCode.PROCESSING, null, null,
                List.of(new SupplementRound(RECEIVED.plusDays(1), RECEIVED.plusDays(2), RECEIVED.plusDays(3),
                        RECEIVED.plusDays(5))), null, null);

        String first = codec.dossierPacket(dossier, APPLICANT, false);

        assertThat(schemas.problems("DongBoHoSoMC", first)).isEmpty();
        assertThat(first).startsWith("{\"service\":\"DongBoHoSoMC\",\"isUpdating\":\"False\",\"data\":[{\"MaHoSo\"")
                .contains("\"ChuHoSo\":\"Nguyễn Thị Hoa\"", "\"SoGiayToChuHoSo\":\"079301000111\"",
                        "\"SoDienThoai\":\"0912345678\"", "\"Email\":\"hoa@example.vn\"",
                        "\"NgayTiepNhan\":\"20251001083000\"");
        assertThat(codec.dossierPacket(dossier, APPLICANT, true)).contains("\"isUpdating\":\"True\"");
        assertThat(codec.dossierPacket(dossier, APPLICANT, false)).as("the same record, the same text")
                .isEqualTo(first);
        assertThat(read(first).dossiers).containsExactly(dossier);
    }

    @Test
    void aDossierWithoutSummaryIsSummarisedByItsProcedureName() {
        DossierRecord dossier = new DossierRecord(SOURCE, CODE, "1.001234", "Đăng ký khai sinh", "G01", "Hộ tịch",
                Channel.IN_PERSON, ApplicantType.CITIZEN, null, "000.00.12.H49", "UBND xã A", RECEIVED, null,
                StatusCode.ACCEPTED, null, null, List.of(), null, null);

        String packet = codec.dossierPacket(dossier, new ApplicantContact("Lê Văn B", null, null, null), false);

        assertThat(schemas.problems("DongBoHoSoMC", packet)).isEmpty();
        assertThat(packet).contains("\"TrichYeuHoSo\":\"Đăng ký khai sinh\"").doesNotContain("NgayHenTra", "Email");
    }

    @Test
    void progressPacketConformsToItsSchemaAndReadsBackToTheSameStep() {
        DossierEvent event = new DossierEvent(SOURCE, CODE, "event-7", RECEIVED.plusHours(2), StatusCode.PROCESSING,
                "cv.hotich", null, "Phòng Tư pháp", "Thẩm định: đủ điều kiện", null, RECEIVED.plusDays(2));

        String packet = codec.progressPacket(event);

        assertThat(schemas.problems("CapNhatTienDoHoSoMC", packet)).isEmpty();
        assertThat(packet).isEqualTo("{\"service\":\"CapNhatTienDoHoSoMC\",\"data\":[{\"MaHoSo\":\"" + CODE
                + "\",\"NguoiXuLy\":\"cv.hotich\",\"ThoiDiemXuLy\":\"20251001103000\",\"PhongBanXuLy\":\"Phòng Tư pháp\","
                + "\"NoiDungXuLy\":\"Thẩm định: đủ điều kiện\",\"TrangThai\":\"4\","
                + "\"NgayKetThucTheoQuyDinh\":\"20251003083000\"}]}");
        DossierEvent read = read(packet).events.get(0);
        assertThat(read.occurredAt()).isEqualTo(event.occurredAt());
        assertThat(read.status()).isEqualTo(event.status());
        assertThat(read.handler()).isEqualTo(event.handler());
        assertThat(read.department()).isEqualTo(event.department());
        assertThat(read.content()).isEqualTo(event.content());
        assertThat(read.stepDueAt()).isEqualTo(event.stepDueAt());
    }
}

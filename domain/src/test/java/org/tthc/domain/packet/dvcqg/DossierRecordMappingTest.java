package org.tthc.domain.packet.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.CODE;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.SOURCE;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.acceptedDossier;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.dossier;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;

class DossierRecordMappingTest {

    @Test
    void completeRecordMapsToTheCanonicalDossier() {
        DossierRecord record = acceptedDossier(dossier());

        assertThat(record.sourceSystem()).isEqualTo(SOURCE);
        assertThat(record.dossierCode()).isEqualTo(CODE);
        assertThat(record.procedureCode()).isEqualTo("1.001234");
        assertThat(record.procedureName()).isEqualTo("Cấp giấy phép xây dựng");
        assertThat(record.sectorCode()).isEqualTo("XD");
        assertThat(record.sectorName()).isEqualTo("Xây dựng");
        assertThat(record.channel()).isEqualTo(Channel.ONLINE);
        assertThat(record.applicantType()).isEqualTo(ApplicantType.CITIZEN);
        assertThat(record.summary()).isEqualTo("Xin cấp giấy phép xây dựng nhà ở riêng lẻ");
        assertThat(record.handlingOrgCode()).isEqualTo("000.00.12.H49");
        assertThat(record.handlingOrgName()).isEqualTo("Sở Xây dựng");
        assertThat(record.receivedAt()).isEqualTo(LocalDateTime.of(2025, 10, 1, 8, 30));
        assertThat(record.dueAt()).isEqualTo(LocalDateTime.of(2025, 10, 15, 17, 0));
        assertThat(record.status()).isEqualTo(StatusCode.PROCESSING);
        assertThat(record.finishedAt()).isNull();
        assertThat(record.returnedAt()).isNull();
        assertThat(record.supplements()).containsExactly(new SupplementRound(LocalDateTime.of(2025, 10, 3, 9, 0),
                LocalDateTime.of(2025, 10, 6, 10, 0), LocalDateTime.of(2025, 10, 15, 17, 0),
                LocalDateTime.of(2025, 10, 18, 17, 0)));
        assertThat(record.originalDossierCode()).isNull();
        assertThat(record.sourceUpdatedAt()).isNull();
    }

    @Test
    void personalDataNeverReachesTheCanonicalRecord() {
        String canonical = acceptedDossier(dossier()).toString();

        assertThat(canonical).doesNotContain("Nguyễn Văn An", "079012345678", "0905123456", "an.nguyen@example.vn",
                "02353123456", "079099887766", "DVCQG-998877", "Hải Châu");
    }

    @Test
    void extensionFieldsGiveHandlingOrganisationOriginalDossierAndUpdateTime() {
        DossierRecord record = acceptedDossier(dossier().put("MaDonViXuLy", "000.00.15.H49")
                .put("MaHoSoGoc", "000.00.20.H49-250930-0042").put("NgayCapNhat", "20251010093000"));

        assertThat(record.handlingOrgCode()).isEqualTo("000.00.15.H49");
        assertThat(record.originalDossierCode()).isEqualTo("000.00.20.H49-250930-0042");
        assertThat(record.sourceUpdatedAt()).isEqualTo(LocalDateTime.of(2025, 10, 10, 9, 30));
    }

    @Test
    void datesAndCodesMayBeJsonNumbers() {
        DossierRecord record = acceptedDossier(dossier().put("NgayTiepNhan", 20251001083000L)
                .put("TrangThaiHoSo", 10).put("NgayKetThucXuLy", 20251009160000L).put("KenhThucHien", 3));

        assertThat(record.receivedAt()).isEqualTo(LocalDateTime.of(2025, 10, 1, 8, 30));
        assertThat(record.finishedAt()).isEqualTo(LocalDateTime.of(2025, 10, 9, 16, 0));
        assertThat(record.status()).isEqualTo(StatusCode.RESULT_RETURNED);
        assertThat(record.channel()).isEqualTo(Channel.POSTAL);
    }

    @Test
    void emptyOrAbsentOptionalFieldsAreNull() {
        DossierRecord record = acceptedDossier(dossier().put("NgayHenTra", "").put("KenhThucHien", "")
                .without("LoaiDoiTuong"));

        assertThat(record.dueAt()).isNull();
        assertThat(record.channel()).isNull();
        assertThat(record.effectiveChannel()).isEqualTo(Channel.IN_PERSON);
        assertThat(record.applicantType()).isNull();
    }

    @Test
    void dossierCodeIsTrimmed() {
        assertThat(acceptedDossier(dossier().put("MaHoSo", "  " + CODE + " ")).dossierCode()).isEqualTo(CODE);
    }

    @Test
    void longSummaryIsTruncatedToAThousandCharacters() {
        DossierRecord record = acceptedDossier(dossier().put("TrichYeuHoSo", "x".repeat(5000)));

        assertThat(record.summary()).hasSize(1000);
    }

    @Test
    void registeredOrRefusedDossierNeedsNoReceiveTime() {
        DossierRecord registered = acceptedDossier(dossier().put("TrangThaiHoSo", "1").put("NgayTiepNhan", ""));
        DossierRecord refused = acceptedDossier(dossier().put("TrangThaiHoSo", "3").without("NgayTiepNhan"));

        assertThat(registered.receivedAt()).isNull();
        assertThat(refused.status()).isEqualTo(StatusCode.REFUSED_AT_INTAKE);
    }

    @Test
    void appointmentFarAheadIsNotInTheFuture() {
        DossierRecord record = acceptedDossier(dossier().put("NgayHenTra", "20260630170000"));

        assertThat(record.dueAt()).isEqualTo(LocalDateTime.of(2026, 6, 30, 17, 0));
    }

    @Test
    void eventTimeUntilOneDayAheadOfNowInVietnamIsAccepted() {
        DossierRecord record = acceptedDossier(dossier().put("NgayCapNhat", "20251016100000"));

        assertThat(record.sourceUpdatedAt()).isEqualTo(LocalDateTime.of(2025, 10, 16, 10, 0));
    }
}

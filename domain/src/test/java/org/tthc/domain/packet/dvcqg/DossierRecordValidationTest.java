package org.tthc.domain.packet.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.CODE;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.dossier;
import static org.tthc.domain.packet.dvcqg.DvcqgFixtures.rejectionOf;

import org.junit.jupiter.api.Test;
import org.tthc.domain.quality.RecordRejection;

class DossierRecordValidationTest {

    @Test
    void missingDossierCodeIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().without("MaHoSo"));

        assertThat(rejection.field()).isEqualTo("MaHoSo");
        assertThat(rejection.reason()).isEqualTo("MaHoSo is missing");
        assertThat(rejection.recordKey()).isNull();
    }

    @Test
    void blankDossierCodeIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().put("MaHoSo", "   "));

        assertThat(rejection.field()).isEqualTo("MaHoSo");
        assertThat(rejection.reason()).isEqualTo("MaHoSo is blank");
    }

    @Test
    void dossierCodeLongerThanAHundredCharactersIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().put("MaHoSo", "H49-" + "9".repeat(97)));

        assertThat(rejection.field()).isEqualTo("MaHoSo");
        assertThat(rejection.reason()).isEqualTo("MaHoSo is 101 characters long, more than 100");
        assertThat(rejection.recordKey()).hasSize(100);
    }

    @Test
    void unknownStatusCodeIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().put("TrangThaiHoSo", "11"));

        assertThat(rejection.field()).isEqualTo("TrangThaiHoSo");
        assertThat(rejection.reason()).isEqualTo("TrangThaiHoSo '11' is not a status code (1–10)");
        assertThat(rejection.recordKey()).isEqualTo(CODE);
    }

    @Test
    void missingStatusIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().without("TrangThaiHoSo"));

        assertThat(rejection.field()).isEqualTo("TrangThaiHoSo");
        assertThat(rejection.reason()).isEqualTo("TrangThaiHoSo is missing");
    }

    @Test
    void unparsableDateIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().put("NgayHenTra", "20251332"));

        assertThat(rejection.field()).isEqualTo("NgayHenTra");
        assertThat(rejection.reason()).isEqualTo("NgayHenTra '20251332' is not a date in yyyyMMddHHmmss");
    }

    @Test
    void impossibleDateIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().put("NgayTiepNhan", "20250230083000"));

        assertThat(rejection.field()).isEqualTo("NgayTiepNhan");
        assertThat(rejection.reason())
                .isEqualTo("NgayTiepNhan '20250230083000' is not a real date-time (yyyyMMddHHmmss)");
    }

    @Test
    void endOfProcessingBeforeReceiptIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().put("TrangThaiHoSo", "9")
                .put("NgayKetThucXuLy", "20250930170000"));

        assertThat(rejection.field()).isEqualTo("NgayKetThucXuLy");
        assertThat(rejection.reason())
                .isEqualTo("NgayKetThucXuLy '20250930170000' is before NgayTiepNhan '20251001083000'");
    }

    @Test
    void appointmentBeforeReceiptIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().put("NgayHenTra", "20251001080000"));

        assertThat(rejection.field()).isEqualTo("NgayHenTra");
        assertThat(rejection.reason()).isEqualTo("NgayHenTra '20251001080000' is before NgayTiepNhan '20251001083000'");
    }

    @Test
    void eventTimeMoreThanOneDayAheadOfNowIsInTheFuture() {
        RecordRejection rejection = rejectionOf(dossier().put("NgayTiepNhan", "20251016100001")
                .put("NgayHenTra", "20251030170000"));

        assertThat(rejection.field()).isEqualTo("NgayTiepNhan");
        assertThat(rejection.reason())
                .isEqualTo("NgayTiepNhan '20251016100001' is in the future (after 2025-10-16T10:00, now + 1 day)");
    }

    @Test
    void receivedDossierWithoutReceiveTimeIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().without("NgayTiepNhan"));

        assertThat(rejection.field()).isEqualTo("NgayTiepNhan");
        assertThat(rejection.reason()).contains("NgayTiepNhan is missing");
    }

    @Test
    void textFieldLongerThanTwoThousandCharactersIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().put("TenTTHC", "t".repeat(2001)));

        assertThat(rejection.field()).isEqualTo("TenTTHC");
        assertThat(rejection.reason()).isEqualTo("TenTTHC is 2001 characters long, more than 2000");
    }

    @Test
    void unknownChannelIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().put("KenhThucHien", "4"));

        assertThat(rejection.field()).isEqualTo("KenhThucHien");
        assertThat(rejection.reason()).isEqualTo("KenhThucHien '4' is not a channel (1 in person, 2 online, 3 postal)");
    }

    @Test
    void unknownApplicantTypeIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().put("LoaiDoiTuong", "0"));

        assertThat(rejection.field()).isEqualTo("LoaiDoiTuong");
        assertThat(rejection.reason()).startsWith("LoaiDoiTuong '0' is not an applicant type");
    }

    @Test
    void dossierCodeWithoutUnitCodeNeedsAnExplicitHandlingOrganisation() {
        RecordRejection rejection = rejectionOf(dossier().put("MaHoSo", "HS0001"));

        assertThat(rejection.field()).isEqualTo("MaHoSo");
        assertThat(rejection.reason()).contains("MaHoSo 'HS0001' does not start with a unit code")
                .contains("MaDonViXuLy is absent");
    }

    @Test
    void badSupplementDateIsNamedWithItsListPosition() {
        RecordRejection rejection = rejectionOf(dossier()
                .set("DanhSachHoSoBoSung", DvcqgFixtures.tree("[{\"NgayBoSung\":\"2025-10-03\"}]")));

        assertThat(rejection.field()).isEqualTo("DanhSachHoSoBoSung[0].NgayBoSung");
        assertThat(rejection.reason())
                .isEqualTo("DanhSachHoSoBoSung[0].NgayBoSung '2025-10-03' is not a date in yyyyMMddHHmmss");
    }

    @Test
    void everyProblemOfARecordIsInOneRejectionNamedAfterTheFirstField() {
        RecordRejection rejection = rejectionOf(dossier().put("TrangThaiHoSo", "0").put("NgayHenTra", "abc"));

        assertThat(rejection.field()).isEqualTo("TrangThaiHoSo");
        assertThat(rejection.reason()).isEqualTo("TrangThaiHoSo '0' is not a status code (1–10); "
                + "NgayHenTra 'abc' is not a date in yyyyMMddHHmmss");
    }

    @Test
    void structuredValueWhereTextIsExpectedIsRejected() {
        RecordRejection rejection = rejectionOf(dossier().set("DonViXuLy", DvcqgFixtures.tree("{\"Ten\":\"x\"}")));

        assertThat(rejection.field()).isEqualTo("DonViXuLy");
        assertThat(rejection.reason()).isEqualTo("DonViXuLy must be a single value, not an object");
    }
}

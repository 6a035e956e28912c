package org.tthc.domain.packet.dvcqg;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.packet.wire.DossierChecks;
import org.tthc.domain.packet.wire.Mapped;
import org.tthc.domain.packet.wire.WireFields;

/**
 * Maps one DongBoHoSoMC record (reference.md §2.2.2) to a {@link DossierRecord}. Three optional fields are
 * deployment extensions, not national: {@code MaDonViXuLy} (the handling organisation's code; without it the
 * unit code prefixing MaHoSo is used), {@code MaHoSoGoc} (the original dossier of an inter-agency copy) and
 * {@code NgayCapNhat} (when the source last changed the record). Applicant personal data (ChuHoSo,
 * SoGiayToChuHoSo, SoDienThoai, Email, Fax, DinhDanhCHS, MaDoiTuong, ThongTinKhac) is never read.
 */
final class DossierRecordMapper {
    static final int MAX_CODE = DossierChecks.MAX_CODE;
    static final int MAX_SUMMARY = DossierChecks.MAX_SUMMARY;
    private static final String SUPPLEMENTS = "DanhSachHoSoBoSung";

    private final String sourceSystem;

    DossierRecordMapper(String sourceSystem) {
        this.sourceSystem = sourceSystem;
    }

    Mapped<DossierRecord> map(JsonNode record, LocalDateTime futureLimit) {
        WireFields f = new WireFields(record, futureLimit);
        String dossierCode = f.requiredKey("MaHoSo", MAX_CODE);
        StatusCode status = f.coded("TrangThaiHoSo", StatusCode::ofCode, "a status code (1–10)", true);
        LocalDateTime receivedAt = f.eventTime("NgayTiepNhan");
        DossierChecks.receivedUnlessNeverReceived(f, "NgayTiepNhan", receivedAt, "TrangThaiHoSo", status);
        LocalDateTime dueAt = f.deadline("NgayHenTra");
        LocalDateTime finishedAt = f.eventTime("NgayKetThucXuLy");
        DossierChecks.notBeforeReceipt(f, "NgayTiepNhan", receivedAt, "NgayHenTra", dueAt, "NgayKetThucXuLy",
                finishedAt);
        String procedureCode = f.text("MaTTHC");
        String procedureName = f.text("TenTTHC");
        String sectorCode = f.text("MaLinhVuc");
        String sectorName = f.text("TenLinhVuc");
        Channel channel = f.coded("KenhThucHien", Channel::ofCode, "a channel (1 in person, 2 online, 3 postal)",
                false);
        ApplicantType applicantType = f.coded("LoaiDoiTuong", ApplicantType::ofCode,
                "an applicant type (1 citizen, 2 enterprise, 3 state agency, 4 organisation or other)", false);
        String summary = f.truncated("TrichYeuHoSo", MAX_SUMMARY);
        String handlingOrgCode = DossierChecks.handlingOrgCode(f, "MaDonViXuLy", "MaHoSo", dossierCode, null);
        String handlingOrgName = f.text("DonViXuLy");
        LocalDateTime returnedAt = f.eventTime("NgayTra");
        List<SupplementRound> supplements = supplements(f, f.node(SUPPLEMENTS));
        String originalDossierCode = f.text("MaHoSoGoc", MAX_CODE);
        LocalDateTime sourceUpdatedAt = f.eventTime("NgayCapNhat");
        if (!f.problems().isEmpty()) {
            return Mapped.rejected(f.problems());
        }
        return Mapped.accepted(new DossierRecord(sourceSystem, dossierCode, procedureCode, procedureName,
                sectorCode, sectorName, channel, applicantType, summary, handlingOrgCode, handlingOrgName, receivedAt,
                dueAt, status, finishedAt, returnedAt, supplements, originalDossierCode, sourceUpdatedAt));
    }

    private static List<SupplementRound> supplements(WireFields f, JsonNode list) {
        List<SupplementRound> rounds = new ArrayList<>();
        if (list == null) {
            return rounds;
        }
        if (!list.isArray()) {
            return f.problem(SUPPLEMENTS, SUPPLEMENTS + " must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                f.problem(SUPPLEMENTS + "[" + i + "]", SUPPLEMENTS + "[" + i + "] must be an object");
                continue;
            }
            WireFields round = f.nested(item, SUPPLEMENTS + "[" + i + "].");
            rounds.add(new SupplementRound(round.eventTime("NgayBoSung"), round.eventTime("NgayTiepNhanBoSung"),
                    round.deadline("NgayHenTraTruoc"), round.deadline("NgayHenTraMoi")));
        }
        return rounds;
    }
}

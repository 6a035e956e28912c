package org.tthc.domain.packet.dvcqg;

import java.time.LocalDateTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.packet.wire.WireDateFormat;
import org.tthc.domain.personal.ApplicantContact;

/**
 * Writes the DVCQG v2 requests we send (reference.md §2.2): {@code DongBoHoSoMC} with one dossier record and
 * {@code CapNhatTienDoHoSoMC} with one progress record, times in {@code yyyyMMddHHmmss} local time. The inverse of
 * {@link DvcqgPacketReader}'s mappers: the canonical records map to the same wire names they are read from, plus the
 * applicant's personal data, which the canonical record never carries. Keys come in a fixed order and absent values
 * are left out, so the same record always gives the same text (the outbox's idempotency key hashes it).
 * Thread-safe.
 */
public final class DossierSyncCodec {
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * A {@code DongBoHoSoMC} request for one dossier: {@code isUpdating} {@code "False"} on its first push,
     * {@code "True"} after. {@code TrichYeuHoSo} is the procedure's name when the dossier has no summary (the field
     * is required); {@code MaDonViXuLy} is our extension naming the handling organisation's code.
     */
    public String dossierPacket(DossierRecord dossier, ApplicantContact applicant, boolean updating) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("service", DvcqgPacketKind.DOSSIER.serviceName());
        envelope.put("isUpdating", updating ? "True" : "False");
        envelope.putArray("data").add(dossierRecord(dossier, applicant));
        return write(envelope, dossier.dossierCode());
    }

    /** A {@code CapNhatTienDoHoSoMC} request for one processing step. */
    public String progressPacket(DossierEvent event) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("service", DvcqgPacketKind.PROGRESS.serviceName());
        ObjectNode trace = envelope.putArray("data").addObject();
        text(trace, "MaHoSo", event.dossierCode());
        text(trace, "NguoiXuLy", event.handler());
        text(trace, "ChucDanh", event.handlerTitle());
        time(trace, "ThoiDiemXuLy", event.occurredAt());
        text(trace, "PhongBanXuLy", event.department());
        text(trace, "NoiDungXuLy", event.content());
        trace.put("TrangThai", Integer.toString(event.status().code()));
        time(trace, "NgayBatDau", event.stepStartedAt());
        time(trace, "NgayKetThucTheoQuyDinh", event.stepDueAt());
        return write(envelope, event.dossierCode());
    }

    private ObjectNode dossierRecord(DossierRecord d, ApplicantContact applicant) {
        ObjectNode r = json.createObjectNode();
        text(r, "MaHoSo", d.dossierCode());
        text(r, "MaTTHC", d.procedureCode());
        text(r, "TenTTHC", d.procedureName());
        text(r, "MaLinhVuc", d.sectorCode());
        text(r, "TenLinhVuc", d.sectorName());
        if (d.channel() != null) {
            r.put("KenhThucHien", Integer.toString(d.channel().code()));
        }
        if (applicant != null) {
            text(r, "ChuHoSo", applicant.name());
            text(r, "SoGiayToChuHoSo", applicant.idNumber());
        }
        if (d.applicantType() != null) {
            r.put("LoaiDoiTuong", Integer.toString(d.applicantType().code()));
        }
        if (applicant != null) {
            text(r, "SoDienThoai", applicant.phone());
            text(r, "Email", applicant.email());
        }
        text(r, "TrichYeuHoSo", d.summary() == null || d.summary().isBlank() ? d.procedureName() : d.summary());
        time(r, "NgayTiepNhan", d.receivedAt());
        time(r, "NgayHenTra", d.dueAt());
        r.put("TrangThaiHoSo", Integer.toString(d.status().code()));
        time(r, "NgayTra", d.returnedAt());
        r.put("HinhThuc", d.channel() == Channel.POSTAL ? "1" : "0");
        time(r, "NgayKetThucXuLy", d.finishedAt());
        text(r, "MaDonViXuLy", d.handlingOrgCode());
        text(r, "DonViXuLy", d.handlingOrgName());
        if (!d.supplements().isEmpty()) {
            ArrayNode rounds = r.putArray("DanhSachHoSoBoSung");
            for (SupplementRound round : d.supplements()) {
                ObjectNode item = rounds.addObject();
                time(item, "NgayBoSung", round.requestedAt());
                time(item, "NgayTiepNhanBoSung", round.completedAt());
                item.put("TrangThaiBoSung", round.completedAt() != null);
                time(item, "NgayHenTraTruoc", round.previousDueAt());
                time(item, "NgayHenTraMoi", round.newDueAt());
            }
        }
        return r;
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void time(ObjectNode node, String field, LocalDateTime value) {
        if (value != null) {
            node.put(field, WireDateFormat.DVCQG.format(value));
        }
    }

    private String write(ObjectNode envelope, String dossierCode) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the packet of dossier " + dossierCode, e);
        }
    }
}

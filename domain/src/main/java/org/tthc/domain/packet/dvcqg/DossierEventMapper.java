package org.tthc.domain.packet.dvcqg;

import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.EventIds;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.packet.wire.Mapped;
import org.tthc.domain.packet.wire.WireFields;

/**
 * Maps one CapNhatTienDoHoSoMC record (reference.md §2.2.3) to a {@link DossierEvent}. The record carries no id:
 * the event id is derived from its content ({@link EventIds}), so a step sent twice is stored once.
 */
final class DossierEventMapper {
    private final String sourceSystem;

    DossierEventMapper(String sourceSystem) {
        this.sourceSystem = sourceSystem;
    }

    Mapped<DossierEvent> map(JsonNode record, LocalDateTime futureLimit) {
        WireFields f = new WireFields(record, futureLimit);
        String dossierCode = f.requiredKey("MaHoSo", DossierRecordMapper.MAX_CODE);
        LocalDateTime occurredAt = f.requiredEventTime("ThoiDiemXuLy");
        StatusCode status = f.coded("TrangThai", StatusCode::ofCode, "a status code (1–10)", true);
        String handler = f.text("NguoiXuLy");
        String handlerTitle = f.text("ChucDanh");
        String department = f.text("PhongBanXuLy");
        String content = f.text("NoiDungXuLy");
        LocalDateTime stepStartedAt = f.eventTime("NgayBatDau");
        LocalDateTime stepDueAt = f.deadline("NgayKetThucTheoQuyDinh");
        if (!f.problems().isEmpty()) {
            return Mapped.rejected(f.problems());
        }
        String eventId = EventIds.of(sourceSystem, dossierCode, occurredAt, status, handler, department, content);
        return Mapped.accepted(new DossierEvent(sourceSystem, dossierCode, eventId, occurredAt, status, handler,
                handlerTitle, department, content, stepStartedAt, stepDueAt));
    }
}

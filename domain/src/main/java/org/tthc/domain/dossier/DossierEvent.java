package org.tthc.domain.dossier;

import java.time.LocalDateTime;
import java.util.Objects;

import org.tthc.domain.TthcTime;

/**
 * One processing step or status change (the canonical form of a CapNhatTienDoHoSoMC record); times in whole
 * seconds ({@link TthcTime#toSecond}).
 *
 * @param eventId    stable identity of the event: re-sent events deduplicate on it (see {@link EventIds})
 * @param occurredAt ThoiDiemXuLy
 * @param status     TrangThai, the status after the step
 * @param stepDueAt  NgayKetThucTheoQuyDinh, the step's deadline per the procedure
 */
public record DossierEvent(
        String sourceSystem,
        String dossierCode,
        String eventId,
        LocalDateTime occurredAt,
        StatusCode status,
        String handler,
        String handlerTitle,
        String department,
        String content,
        LocalDateTime stepStartedAt,
        LocalDateTime stepDueAt) {

    public DossierEvent {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(status, "status");
        occurredAt = TthcTime.toSecond(occurredAt);
        stepStartedAt = TthcTime.toSecond(stepStartedAt);
        stepDueAt = TthcTime.toSecond(stepDueAt);
    }

    public DossierKey dossierKey() {
        return new DossierKey(sourceSystem, dossierCode);
    }
}

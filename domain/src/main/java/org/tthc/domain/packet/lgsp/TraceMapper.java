package org.tthc.domain.packet.lgsp;

import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.EventIds;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.packet.wire.DossierChecks;
import org.tthc.domain.packet.wire.Mapped;
import org.tthc.domain.packet.wire.WireDateFormat;
import org.tthc.domain.packet.wire.WireFields;

/**
 * Maps one MDocumentTraces record (reference.md §2.1.2) to a {@link DossierEvent}. Its {@code Status} is read as a
 * DVCQG status code (1–10) and is required: the code list of the 2018 packet is unknown and OpenCPS sends 0 for
 * every step, and an event without a status would rewrite the dossier's status history, so such a step is
 * quarantined with the reason (docs/decisions.md, "LGSP status"). Like CapNhatTienDoHoSoMC it has no step id: the
 * id is derived from its content ({@link EventIds}). DocumentId, the sender's internal id, is not read.
 */
final class TraceMapper {
    private final String sourceSystem;

    TraceMapper(String sourceSystem) {
        this.sourceSystem = sourceSystem;
    }

    Mapped<DossierEvent> map(JsonNode record, LocalDateTime futureLimit) {
        WireFields f = new WireFields(record, futureLimit, WireDateFormat.LGSP);
        String dossierCode = f.requiredKey("DocCode", DossierChecks.MAX_CODE);
        LocalDateTime occurredAt = f.requiredEventTime("DateCreated");
        StatusCode status = f.coded("Status", StatusCode::ofCode,
                "a DVCQG status code (1–10); the 2018 packet's own codes (OpenCPS sends 0) do not say the status",
                true);
        String handler = f.text("UserName");
        String handlerTitle = f.text("UserPosition");
        String department = f.text("OrganizationInchargeName");
        String content = f.text("Comment");
        if (!f.problems().isEmpty()) {
            return Mapped.rejected(f.problems());
        }
        String eventId = EventIds.of(sourceSystem, dossierCode, occurredAt, status, handler, department, content);
        return Mapped.accepted(new DossierEvent(sourceSystem, dossierCode, eventId, occurredAt, status, handler,
                handlerTitle, department, content, null, null));
    }
}

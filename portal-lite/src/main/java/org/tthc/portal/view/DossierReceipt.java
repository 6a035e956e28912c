package org.tthc.portal.view;

import java.time.LocalDateTime;
import java.util.List;

import org.tthc.domain.dossier.Channel;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;

/**
 * What the receipt of a dossier (Mẫu 01) states, as intake recorded it.
 *
 * @param receivedBy the intake event's actor: the receiving officer's user id, or "online"
 * @param documents  the documents received: those checked off at intake, else the components uploaded online
 */
public record DossierReceipt(
        String code,
        String handlingOrgCode,
        String organisationName,
        String applicantName,
        String applicantIdNumber,
        String applicantPhone,
        String procedureName,
        int processingTime,
        ProcessingTimeUnit processingTimeUnit,
        Channel channel,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        String receivedBy,
        List<ReceivedDocument> documents) {

    /** A document received: its name and the number of copies. */
    public record ReceivedDocument(String name, int copies) {
    }
}

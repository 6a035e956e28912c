package org.tthc.api.national.dossier;

import java.util.List;

import org.tthc.api.national.OutboxPacket;

/**
 * A dossier or progress packet made for the outbox, with what breaks its schema.
 *
 * @param type        the wire packet name ({@code DongBoHoSoMC}, {@code MDocumentTraces}, …)
 * @param dossierCode the dossier it is about
 * @param eventId     the processing event of a progress packet ({@code event-<id>}), null for the dossier packet
 * @param endpoint    where it is posted, under the portal's base URL
 * @param mediaType   {@code application/json} or {@code application/xml}
 * @param payload     the request body
 * @param problems    every way it breaks its schema; empty when it conforms
 * @param field       the wire field of the first problem ({@code /} for the whole record); null when it conforms
 */
record DossierPacket(String type, String dossierCode, String eventId, String endpoint, String mediaType,
                     String payload, List<String> problems, String field) {

    DossierPacket {
        problems = List.copyOf(problems);
    }

    boolean conforms() {
        return problems.isEmpty();
    }

    /** The packet to queue for {@code orgCode}, in order with every other packet of its dossier. */
    OutboxPacket toOutbox(String orgCode) {
        return OutboxPacket.dossier(type, orgCode, dossierCode, endpoint, mediaType, payload);
    }

    /** What is reported and recorded when it does not conform. */
    RejectedRecord rejection() {
        return new RejectedRecord(dossierCode, type, eventId, field, problems);
    }
}

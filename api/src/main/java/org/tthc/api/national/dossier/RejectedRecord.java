package org.tthc.api.national.dossier;

import java.util.List;

/**
 * A record that broke its packet's schema and was not queued.
 *
 * @param dossierCode the dossier (MaHoSo, DocCode)
 * @param packetType  {@code DongBoHoSoMC}, {@code CapNhatTienDoHoSoMC}, {@code MSyncDocument} or
 *                    {@code MDocumentTraces}
 * @param eventId     the processing event of a progress record ({@code event-<id>}), null for the dossier record
 * @param field       the wire field of the first problem ({@code MaLinhVuc}, {@code Phone}), or {@code /} for the
 *                    whole record
 * @param problems    every problem, each with where it is: a JSON Pointer ({@code /data/0: required property
 *                    'MaLinhVuc' not found}) or, for XML, a line and column
 */
public record RejectedRecord(String dossierCode, String packetType, String eventId, String field,
                             List<String> problems) {

    public RejectedRecord {
        problems = List.copyOf(problems);
    }

    /** {@code dossier X (DongBoHoSoMC): MaLinhVuc: …} — what an operator reads in the log. */
    public String describe() {
        return "dossier " + dossierCode + " (" + packetType + (eventId == null ? "" : " " + eventId) + "): field "
                + field + ": " + String.join("; ", problems);
    }
}

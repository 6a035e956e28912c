package org.tthc.domain.packet.lgsp;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** The two 2018 LGSP packets (Decision 1705, reference.md §2.1) this reader understands. */
public enum LgspPacketKind {
    /** MSyncDocument ({@code POST /Document/SyncDocument}): one dossier's state, mapped to {@code DossierRecord}. */
    DOCUMENT("MSyncDocument"),
    /** MDocumentTraces ({@code POST /Document/UpdateDocumentTraces}): one step, mapped to {@code DossierEvent}. */
    TRACE("MDocumentTraces");

    private final String packetName;

    LgspPacketKind(String packetName) {
        this.packetName = packetName;
    }

    /** The packet's name: its XML element, its JSON envelope's {@code service}. */
    public String packetName() {
        return packetName;
    }

    public static Optional<LgspPacketKind> ofPacketName(String name) {
        return Arrays.stream(values()).filter(k -> k.packetName.equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The kind a record's fields show: {@code DateReceived} or {@code DocTypeCode} a dossier, {@code DateCreated} a step. */
    static Optional<LgspPacketKind> detect(JsonNode record) {
        if (record == null || !record.isObject()) {
            return Optional.empty();
        }
        if (record.has("DateReceived") || record.has("DocTypeCode")) {
            return Optional.of(DOCUMENT);
        }
        return record.has("DateCreated") ? Optional.of(TRACE) : Optional.empty();
    }
}

package org.tthc.domain.packet.lgsp;

import com.fasterxml.jackson.databind.JsonNode;

/** Receives each record of an LGSP file, XML or JSON, as a tree with its kind (null: unknown) and 0-based position. */
interface RecordHandler {
    void record(JsonNode record, LgspPacketKind kind, long position);
}

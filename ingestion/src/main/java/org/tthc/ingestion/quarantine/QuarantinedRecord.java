package org.tthc.ingestion.quarantine;

import java.time.LocalDateTime;

/**
 * One row of the quarantine table as an operator sees it.
 *
 * @param id            a short stable id: the first 12 hex digits of the SHA-256 of the row's identity (source
 *                      system, location, position, payload hash), the key the quarantine is merged on
 * @param resolvedAt    when a retry ingested the record, else null (then {@code resolvedByRun} names the run)
 */
public record QuarantinedRecord(
        String id,
        String sourceSystem,
        String location,
        long position,
        String recordKey,
        String field,
        String reason,
        String rawPayload,
        String payloadSha256,
        String batchId,
        LocalDateTime quarantinedAt,
        LocalDateTime resolvedAt,
        String resolvedByRun) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}

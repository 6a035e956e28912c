package org.tthc.domain.quality;

import java.util.Objects;

/**
 * Why an input record was not accepted: it goes to quarantine with this, and the rest of its batch proceeds.
 *
 * @param sourceSystem the source the record came from
 * @param location     where it was read: a file path, an HTTP push id, a table
 * @param position     the record's position there (0-based index in the packet's data array, a CSV line, …)
 * @param recordKey    the record's own key if it has one (MaHoSo), else null
 * @param field        the wire name of the offending field (e.g. {@code NgayHenTra}), or null for the whole record
 * @param reason       what was wrong, for a person to read
 * @param rawPayload   the record exactly as received
 */
public record RecordRejection(
        String sourceSystem,
        String location,
        long position,
        String recordKey,
        String field,
        String reason,
        String rawPayload) {

    public RecordRejection {
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for logs and the command's summary. */
    public String describe() {
        return location + " record " + position + (recordKey == null ? "" : " (" + recordKey + ")")
                + (field == null ? "" : ", field " + field) + ": " + reason;
    }
}

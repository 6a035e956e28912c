package org.tthc.ingestion.push;

import org.tthc.domain.quality.RecordRejection;

/**
 * Why one record of a pushed packet was not accepted, as the pushing system is told.
 *
 * @param index       the record's 0-based index in the packet's data array
 * @param dossierCode the record's dossier code (MaHoSo, DocCode) when it has one, else null
 * @param field       the wire name of the first offending field, or null for the whole record
 * @param reason      every problem of the record, for a person to read
 */
public record PushedRecordProblem(long index, String dossierCode, String field, String reason) {

    static PushedRecordProblem of(RecordRejection rejection) {
        return new PushedRecordProblem(rejection.position(), rejection.recordKey(), rejection.field(),
                rejection.reason());
    }
}

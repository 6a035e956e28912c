package org.tthc.reports.data;

import java.time.LocalDate;

/**
 * A dossier solved late or pending overdue in a period.
 *
 * @param procedureName the procedure as the dossier names it (empty when the source sent none)
 * @param end           the end of processing; null while pending
 */
public record LateDossier(Kind kind, String dossierCode, String procedureName, String handlingOrgCode,
                          LocalDate received, LocalDate due, LocalDate end) {
    public enum Kind {
        /** counted in SolvedLate */
        SOLVED_LATE,
        /** counted in PendingLate */
        PENDING_LATE
    }
}

package org.tthc.reports.data;

import java.time.LocalDate;

import org.tthc.domain.dossier.Apology;

/**
 * A dossier solved late or pending overdue in a period.
 *
 * @param procedureName the procedure as the dossier names it (empty when the source sent none)
 * @param end           the end of processing; null while pending
 * @param apologyIssued whether the agency issued its apology and new appointment ({@link Apology}) by the end of the
 *                      period
 */
public record LateDossier(Kind kind, String dossierCode, String procedureName, String handlingOrgCode,
                          LocalDate received, LocalDate due, LocalDate end, boolean apologyIssued) {
    public enum Kind {
        /** counted in SolvedLate */
        SOLVED_LATE,
        /** counted in PendingLate */
        PENDING_LATE
    }
}

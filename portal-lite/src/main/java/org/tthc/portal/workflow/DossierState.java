package org.tthc.portal.workflow;

import java.time.LocalDateTime;

import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.db.tables.records.DossiersRecord;

/**
 * Where a dossier stands after an action.
 *
 * @param dueAt      the appointment the dossier is evaluated against (moved only by supplement rounds)
 * @param promisedAt the date promised by the latest apology re-appointment, null when none
 */
public record DossierState(
        String code,
        StatusCode status,
        Integer stepOrder,
        String department,
        String assignee,
        LocalDateTime stepDeadline,
        LocalDateTime dueAt,
        LocalDateTime promisedAt,
        LocalDateTime finishedAt,
        LocalDateTime returnedAt) {

    static DossierState of(DossiersRecord row) {
        Short step = row.getCurrentStepOrder();
        return new DossierState(row.getCode(), StatusCode.of(row.getStatus()), step == null ? null : step.intValue(),
                row.getAssignedDepartment(), row.getAssignee(), row.getStepDeadline(), row.getDueAt(),
                row.getPromisedAt(), row.getFinishedAt(), row.getReturnedAt());
    }
}

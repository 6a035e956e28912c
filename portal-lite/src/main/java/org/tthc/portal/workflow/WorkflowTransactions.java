package org.tthc.portal.workflow;

import static org.tthc.portal.db.Tables.DOSSIERS;

import org.jooq.DSLContext;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.db.tables.records.DossiersRecord;

/** The checks every action on a dossier starts with, for the workflow and for the services beside it (rating). */
public final class WorkflowTransactions {
    private WorkflowTransactions() {
    }

    /**
     * Locks the dossier's row for the rest of the transaction (so concurrent actions on one dossier queue up) and
     * checks that {@code actor} may take {@code action} in its current status.
     */
    public static DossiersRecord lockForAction(DSLContext tx, String dossierCode, Actor actor, WorkflowAction action) {
        DossiersRecord dossier = tx.selectFrom(DOSSIERS)
                .where(DOSSIERS.CODE.eq(dossierCode))
                .forUpdate()
                .fetchOptional()
                .orElseThrow(() -> new WorkflowInputException(dossierCode, "dossierCode", dossierCode,
                        "no such dossier; check the code on the receipt"));
        StatusCode status = StatusCode.of(dossier.getStatus());
        action.requireAllowed(dossierCode, status);
        if (actor.isApplicant()) {
            if (!action.applicantMay()) {
                throw new WorkflowException(dossierCode, status, action,
                        "only an officer may take this action, not the applicant");
            }
            String idNumber = dossier.getApplicantIdNumber();
            if (idNumber != null && !idNumber.equals(actor.id())) {
                throw new WorkflowException(dossierCode, status, action,
                        "the applicant identity '" + actor.id() + "' is not this dossier's applicant");
            }
        }
        return dossier;
    }
}

package org.tthc.portal.workflow;

import java.util.List;
import java.util.stream.Collectors;

import org.tthc.domain.dossier.StatusCode;

/**
 * An action the dossier's state does not allow: names the dossier, its status, the refused action, why, and what can
 * be done now.
 */
public class WorkflowException extends RuntimeException {
    private final String dossierCode;
    private final StatusCode status;
    private final WorkflowAction action;

    public WorkflowException(String dossierCode, StatusCode status, WorkflowAction action, String reason) {
        super("Dossier " + dossierCode + " is in status " + status.code() + " (" + status.vietnameseName()
                + "): cannot " + action + " (" + action.vietnameseName() + "): " + reason);
        this.dossierCode = dossierCode;
        this.status = status;
        this.action = action;
    }

    /** The transition table has no such transition: lists the actions allowed in that status. */
    static WorkflowException notAllowed(String dossierCode, StatusCode status, WorkflowAction action) {
        List<WorkflowAction> allowed = WorkflowAction.allowedIn(status);
        String now = allowed.isEmpty()
                ? "the dossier is closed, no action is allowed"
                : "allowed now: " + allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
        return new WorkflowException(dossierCode, status, action, "not allowed from this status; " + now);
    }

    public String dossierCode() {
        return dossierCode;
    }

    public StatusCode status() {
        return status;
    }

    public WorkflowAction action() {
        return action;
    }
}

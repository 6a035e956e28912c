package org.tthc.portal.workflow;

/** Input to a workflow action that cannot be accepted: which dossier, which field, which value, and why. */
public class WorkflowInputException extends RuntimeException {
    private final String dossierCode;
    private final String field;

    public WorkflowInputException(String dossierCode, String field, Object value, String reason) {
        super("Dossier " + dossierCode + ", " + field + " '" + value + "': " + reason);
        this.dossierCode = dossierCode;
        this.field = field;
    }

    public String dossierCode() {
        return dossierCode;
    }

    public String field() {
        return field;
    }
}

package org.tthc.portal.intake;

/** A dossier that cannot be registered: which field, which value, and why. */
public class IntakeException extends RuntimeException {
    private final String field;
    private final String value;

    public IntakeException(String field, String value, String reason) {
        super(field + " '" + value + "': " + reason);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}

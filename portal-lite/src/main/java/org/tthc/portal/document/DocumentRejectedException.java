package org.tthc.portal.document;

/** An upload the portal refuses: why, which file, and a message that tells the applicant what to do. */
public class DocumentRejectedException extends RuntimeException {
    public enum Reason {
        TYPE_NOT_ALLOWED,
        CONTENT_DOES_NOT_MATCH_TYPE,
        TOO_LARGE,
        EMPTY,
        UNKNOWN_DOSSIER
    }

    private final Reason reason;
    private final String fileName;

    public DocumentRejectedException(Reason reason, String fileName, String message) {
        super(message);
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }
}

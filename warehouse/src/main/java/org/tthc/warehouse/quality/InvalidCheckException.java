package org.tthc.warehouse.quality;

/**
 * A check definition that cannot be used: names the file, the check (its id, or its position when the id is the
 * problem) and the field, and says what is wrong.
 */
public final class InvalidCheckException extends RuntimeException {
    private final String source;
    private final String check;
    private final String field;

    public InvalidCheckException(String source, String check, String field, String reason) {
        super(source + (check == null ? "" : ", check " + check) + (field == null ? "" : ", field '" + field + "'")
                + ": " + reason);
        this.source = source;
        this.check = check;
        this.field = field;
    }

    public String source() {
        return source;
    }

    /** The check's id in quotes, or {@code #n} (1-based) when it has no usable id; null for file-level problems. */
    public String check() {
        return check;
    }

    public String field() {
        return field;
    }
}

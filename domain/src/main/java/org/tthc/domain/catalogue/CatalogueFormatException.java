package org.tthc.domain.catalogue;

/**
 * A catalogue file ({@code organisations.json}, {@code procedures.json}) that cannot be read: names the file, the
 * entry (position and key, when known), the field and what was wrong, so the message alone tells the user what to fix.
 */
public final class CatalogueFormatException extends RuntimeException {
    private final String file;
    private final int entryIndex;
    private final String entryKey;
    private final String field;

    public CatalogueFormatException(String file, int entryIndex, String entryKey, String field, String reason,
                                    Throwable cause) {
        super(describe(file, entryIndex, entryKey, field, reason), cause);
        this.file = file;
        this.entryIndex = entryIndex;
        this.entryKey = entryKey;
        this.field = field;
    }

    public CatalogueFormatException(String file, int entryIndex, String entryKey, String field, String reason) {
        this(file, entryIndex, entryKey, field, reason, null);
    }

    /** A problem with the file as a whole (not JSON, not an array). */
    public static CatalogueFormatException ofFile(String file, String reason, Throwable cause) {
        return new CatalogueFormatException(file, -1, null, null, reason, cause);
    }

    public String file() {
        return file;
    }

    /** Zero-based position of the entry in the array; -1 when the file as a whole is wrong. */
    public int entryIndex() {
        return entryIndex;
    }

    public String entryKey() {
        return entryKey;
    }

    public String field() {
        return field;
    }

    private static String describe(String file, int entryIndex, String entryKey, String field, String reason) {
        StringBuilder s = new StringBuilder(file);
        if (entryIndex >= 0) {
            s.append(": entry ").append(entryIndex + 1);
            if (entryKey != null) {
                s.append(" (").append(entryKey).append(')');
            }
        }
        if (field != null) {
            s.append(", field ").append(field);
        }
        return s.append(": ").append(reason).toString();
    }
}

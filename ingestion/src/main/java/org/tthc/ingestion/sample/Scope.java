package org.tthc.ingestion.sample;

/** The level of government a procedure is carried out at, which decides the organisations that handle it. */
enum Scope {
    /** A provincial department (its sector's department). */
    DEPARTMENT,
    /** A district before the 2025 reform; a commune after it, which took over district procedures. */
    DISTRICT,
    /** A commune: an old commune before the reform, a merged one after it. */
    COMMUNE;

    static Scope ofLetter(char letter) {
        return switch (letter) {
            case 'T' -> DEPARTMENT;
            case 'H' -> DISTRICT;
            case 'X' -> COMMUNE;
            default -> throw new IllegalArgumentException("scope letter must be T, H or X: " + letter);
        };
    }
}

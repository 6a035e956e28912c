package org.tthc.domain.rating;

/**
 * The overall answer of a rating, the three {@code MVotes} buckets (reference.md §3.1, statistics-rules §9). A
 * five-level answer maps RHL→very satisfied, HL and BT→satisfied, KHL and RKHL→not satisfied.
 */
public enum RatingLevel {
    VERY_SATISFIED(1),
    SATISFIED(2),
    NOT_SATISFIED(3);

    private final int code;

    RatingLevel(int code) {
        this.code = code;
    }

    /** 1 very satisfied, 2 satisfied, 3 not satisfied: the portal's and {@code MVotes}' {@code selected}. */
    public int code() {
        return code;
    }

    public static RatingLevel of(int code) {
        for (RatingLevel level : values()) {
            if (level.code == code) {
                return level;
            }
        }
        throw new IllegalArgumentException("rating level must be 1, 2 or 3, was " + code);
    }
}

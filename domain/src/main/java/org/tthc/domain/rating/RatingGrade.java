package org.tthc.domain.rating;

/** The classes of an organisation's evaluation score (statistics-rules §9), best first. */
public enum RatingGrade {
    EXCELLENT,
    GOOD,
    FAIR,
    AVERAGE,
    WEAK
}

package org.tthc.domain.statistics;

import java.time.LocalDate;

/**
 * A published, immutable rule set (statistics-rules.md). A rule change adds a rule set with a later effective
 * date; a published one is never edited.
 */
public record RuleSet(String id, LocalDate effectiveFrom) {
    public static final RuleSet R2025_1 = new RuleSet("R2025.1", LocalDate.of(2018, 1, 1));

    public StatusBuckets statusBuckets() {
        return StatusBuckets.of(id);
    }

    /** The rule set in force for a period ending on {@code periodEnd}. */
    public static RuleSet inForceOn(LocalDate periodEnd) {
        if (periodEnd.isBefore(R2025_1.effectiveFrom())) {
            throw new IllegalArgumentException("no rule set is in force on " + periodEnd);
        }
        return R2025_1;
    }
}

package org.tthc.domain.statistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The counts of {@link PeriodStatistics} that are counted dossier by dossier, each with its name in the national
 * packet (reference.md §1.2, including the historical misspelling {@code PreExtisting}; the two report-form splits
 * have no packet field and are named alike) and the column of the per-dossier outcome rows that flags the dossiers
 * it counts (the {@code dossier-outcomes.sql} of each engine). The one place that maps the one to the other.
 */
public enum CountedField {
    PRE_EXISTING("PreExtisting", "pre_existing"),
    NEW_RECEPTION("NewReception", "new_reception"),
    NEW_RECEPTION_ONLINE("NewReceptionOnline", "new_reception_online"),
    TOTAL_SOLVED("TotalSolved", "total_solved"),
    SOLVED_IN_TIME("SolvedInTime", "solved_in_time"),
    SOLVED_AHEAD_OF_TIME("SolvedAheadOfTime", "solved_ahead_of_time"),
    SOLVED_LATE("SolvedLate", "solved_late"),
    TOTAL_PENDING("TotalPending", "total_pending"),
    PENDING_LATE("PendingLate", "pending_late");

    private final String wireName;
    private final String column;

    CountedField(String wireName, String column) {
        this.wireName = wireName;
        this.column = column;
    }

    /** The field's name in the packet, e.g. {@code SolvedLate}. */
    public String wireName() {
        return wireName;
    }

    /** The boolean column of the outcome rows, e.g. {@code solved_late}. */
    public String column() {
        return column;
    }

    /** The count of this field in {@code statistics}. */
    public long of(PeriodStatistics statistics) {
        return switch (this) {
            case PRE_EXISTING -> statistics.preExisting();
            case NEW_RECEPTION -> statistics.newReception();
            case NEW_RECEPTION_ONLINE -> statistics.newReceptionOnline();
            case TOTAL_SOLVED -> statistics.totalSolved();
            case SOLVED_IN_TIME -> statistics.solvedInTime();
            case SOLVED_AHEAD_OF_TIME -> statistics.solvedAheadOfTime();
            case SOLVED_LATE -> statistics.solvedLate();
            case TOTAL_PENDING -> statistics.totalPending();
            case PENDING_LATE -> statistics.pendingLate();
        };
    }

    /** The field of a wire name ({@code SolvedLate}) or column name ({@code solved_late}), in any letter case. */
    public static CountedField parse(String name) {
        String key = name == null ? "" : name.replace("_", "").toLowerCase(Locale.ROOT);
        for (CountedField field : values()) {
            if (field.wireName.toLowerCase(Locale.ROOT).equals(key) || field.name().replace("_", "")
                    .toLowerCase(Locale.ROOT).equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown field '" + name + "'; expected one of "
                + Arrays.stream(values()).map(CountedField::wireName).collect(Collectors.joining(", ")));
    }
}

package org.tthc.domain.statistics;

import java.util.Objects;

import org.tthc.domain.period.Period;

/**
 * The counts of statistics-rules §3 for one organisation (with everything that rolls up to it) and one period.
 * Each count is counted on its own by every engine, so the identities between them are a real check. Counts are
 * stored; percentages are derived at output ({@link Percentages}).
 *
 * @param total              dossiers in play
 * @param newReceptionOnline received within the period through the online channel (report-form split)
 * @param solvedAheadOfTime  solved in time with date(end) before date(due) (report-form split)
 */
public record PeriodStatistics(
        String orgCode,
        Period period,
        String ruleSet,
        long total,
        long preExisting,
        long newReception,
        long newReceptionOnline,
        long totalSolved,
        long solvedInTime,
        long solvedAheadOfTime,
        long solvedLate,
        long totalPending,
        long pendingLate) {

    public PeriodStatistics {
        Objects.requireNonNull(orgCode, "orgCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ruleSet, "ruleSet");
    }

    public static PeriodStatistics zero(String orgCode, Period period, String ruleSet) {
        return new PeriodStatistics(orgCode, period, ruleSet, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Pending and not yet overdue. */
    public long pending() {
        return totalPending - pendingLate;
    }

    public long solvedOnDueDate() {
        return solvedInTime - solvedAheadOfTime;
    }

    public long newReceptionDirectOrPostal() {
        return newReception - newReceptionOnline;
    }

    /** The identities of statistics-rules §3 that every emitted statistic must satisfy. */
    public boolean identitiesHold() {
        return total == preExisting + newReception
                && total == totalSolved + totalPending
                && totalSolved == solvedInTime + solvedLate
                && pendingLate <= totalPending
                && solvedAheadOfTime <= solvedInTime
                && newReceptionOnline <= newReception;
    }

    /** Adds another organisation's counts (roll-up): counts add, percentages are recomputed from the sums. */
    public PeriodStatistics plus(PeriodStatistics o) {
        return new PeriodStatistics(orgCode, period, ruleSet,
                total + o.total, preExisting + o.preExisting, newReception + o.newReception,
                newReceptionOnline + o.newReceptionOnline, totalSolved + o.totalSolved,
                solvedInTime + o.solvedInTime, solvedAheadOfTime + o.solvedAheadOfTime, solvedLate + o.solvedLate,
                totalPending + o.totalPending, pendingLate + o.pendingLate);
    }
}

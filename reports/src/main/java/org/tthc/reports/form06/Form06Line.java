package org.tthc.reports.form06;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tthc.domain.statistics.PeriodStatistics;

/**
 * The eleven numbers of one row of form 06 (Biểu số 06/VPCP/KSTT, reference.md §4.1), columns 3 to 13, each taken
 * from {@link PeriodStatistics} as the mapping to the statistics packet says: col 3 = Total, 4 + 5 = NewReception,
 * 6 = PreExtisting, 7 = TotalSolved, 8 + 9 = SolvedInTime, 10 = SolvedLate, 11 = TotalPending, 12 = Pending,
 * 13 = PendingLate.
 */
public record Form06Line(long receivedTotal, long receivedOnline, long receivedDirectOrPostal, long carriedOver,
                         long solvedTotal, long solvedAheadOfTime, long solvedOnDueDate, long solvedLate,
                         long pendingTotal, long pendingInTime, long pendingOverdue) {
    public static final Form06Line ZERO = new Form06Line(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static Form06Line of(PeriodStatistics s) {
        return new Form06Line(s.total(), s.newReceptionOnline(), s.newReceptionDirectOrPostal(), s.preExisting(),
                s.totalSolved(), s.solvedAheadOfTime(), s.solvedOnDueDate(), s.solvedLate(),
                s.totalPending(), s.pending(), s.pendingLate());
    }

    public Form06Line plus(Form06Line o) {
        return new Form06Line(receivedTotal + o.receivedTotal, receivedOnline + o.receivedOnline,
                receivedDirectOrPostal + o.receivedDirectOrPostal, carriedOver + o.carriedOver,
                solvedTotal + o.solvedTotal, solvedAheadOfTime + o.solvedAheadOfTime,
                solvedOnDueDate + o.solvedOnDueDate, solvedLate + o.solvedLate, pendingTotal + o.pendingTotal,
                pendingInTime + o.pendingInTime, pendingOverdue + o.pendingOverdue);
    }

    public Form06Line minus(Form06Line o) {
        return new Form06Line(receivedTotal - o.receivedTotal, receivedOnline - o.receivedOnline,
                receivedDirectOrPostal - o.receivedDirectOrPostal, carriedOver - o.carriedOver,
                solvedTotal - o.solvedTotal, solvedAheadOfTime - o.solvedAheadOfTime,
                solvedOnDueDate - o.solvedOnDueDate, solvedLate - o.solvedLate, pendingTotal - o.pendingTotal,
                pendingInTime - o.pendingInTime, pendingOverdue - o.pendingOverdue);
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    /** Late dossiers of the row: solved late plus pending overdue. */
    public long late() {
        return solvedLate + pendingOverdue;
    }

    /** The columns by their template field names {@code c3} … {@code c13}. */
    public Map<String, Long> columns() {
        Map<String, Long> columns = new LinkedHashMap<>();
        long[] values = {receivedTotal, receivedOnline, receivedDirectOrPostal, carriedOver, solvedTotal,
                solvedAheadOfTime, solvedOnDueDate, solvedLate, pendingTotal, pendingInTime, pendingOverdue};
        for (int i = 0; i < values.length; i++) {
            columns.put("c" + (i + 3), values[i]);
        }
        return columns;
    }
}

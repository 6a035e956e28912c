package org.tthc.domain.statistics;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.SupplementRound;

/**
 * statistics-rules §4: a completed supplement round moves the due date to the round's new appointment
 * (NgayHenTraMoi) or, when the source gives none, shifts it by the working days the dossier spent waiting for the
 * applicant. An apology re-appointment is not a supplement round and moves nothing.
 *
 * <p>Computed once per dossier, at ingestion, with the working calendar; the engines look up the result.
 */
public final class SupplementDueDates {
    private static final Comparator<SupplementRound> BY_REQUEST = Comparator.comparing(
            SupplementRound::requestedAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final WorkingCalendar calendar;

    public SupplementDueDates(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The due date after a supplement round that gave no new appointment: {@code due} moved by the working days the
     * dossier waited for the applicant, counted on local dates in {@code (requestedAt, completedAt]}. portal-lite
     * gives this as the new appointment (NgayHenTraMoi) when a round is completed.
     */
    public LocalDateTime shiftedByWaiting(LocalDateTime due, LocalDateTime requestedAt, LocalDateTime completedAt) {
        return calendar.addWorkingDays(due,
                calendar.workingDaysBetween(requestedAt.toLocalDate(), completedAt.toLocalDate()));
    }

    /** The rounds of a dossier with the due date each completed round leaves behind, in order of request. */
    public List<DueDateChange> changes(DossierRecord record) {
        List<SupplementRound> rounds = record.supplements().stream()
                .filter(r -> r.requestedAt() != null)
                .sorted(BY_REQUEST)
                .toList();
        List<DueDateChange> changes = new ArrayList<>(rounds.size());
        LocalDateTime due = record.dueAt();
        int roundNo = 0;
        for (SupplementRound round : rounds) {
            roundNo++;
            LocalDateTime dueAfter = null;
            if (round.completedAt() != null && due != null) {
                dueAfter = round.newDueAt() != null
                        ? round.newDueAt()
                        : shiftedByWaiting(due, round.requestedAt(), round.completedAt());
                due = dueAfter;
            }
            changes.add(new DueDateChange(roundNo, round.requestedAt(), round.completedAt(), dueAfter));
        }
        return List.copyOf(changes);
    }
}

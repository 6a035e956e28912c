package org.tthc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.statistics.DossierDsl.dossier;
import static org.tthc.domain.statistics.DossierDsl.time;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tthc.domain.calendar.WorkingCalendar;

class SupplementDueDatesTest {
    private final SupplementDueDates dueDates = new SupplementDueDates(WorkingCalendar.vietnam());

    @Test
    void roundWithNewAppointmentMovesDueToIt() {
        List<DueDateChange> changes = dueDates.changes(dossier("H99-1").receivedAt("2025-10-01 09:00")
                .due("2025-10-08 17:00").supplement("2025-10-03 10:00", "2025-10-07 09:00", "2025-10-15 17:00").build());

        assertThat(changes).containsExactly(new DueDateChange(1, time("2025-10-03 10:00"), time("2025-10-07 09:00"),
                time("2025-10-15 17:00")));
    }

    @Test
    void roundWithoutNewAppointmentShiftsDueByWorkingDaysWaitedKeepingTheHour() {
        // Waited Fri 24/01/2025 → Mon 03/02/2025: two weekends and Tết (27–31/01) leave one working day (03/02);
        // one working day after Fri 24/01 is also Mon 03/02.
        List<DueDateChange> changes = dueDates.changes(dossier("H99-1").receivedAt("2025-01-20 09:00")
                .due("2025-01-24 16:30").supplement("2025-01-24 10:00", "2025-02-03 09:00", null).build());

        assertThat(changes).extracting(DueDateChange::dueAfter).containsExactly(time("2025-02-03 16:30"));
    }

    @Test
    void roundsChainInOrderOfRequestWhateverTheOrderTheSourceListsThem() {
        List<DueDateChange> changes = dueDates.changes(dossier("H99-1").receivedAt("2025-10-01 09:00")
                .due("2025-10-08 17:00")
                .supplement("2025-10-10 09:00", "2025-10-14 10:00", null)
                .supplement("2025-10-02 10:00", "2025-10-06 09:00", "2025-10-13 17:00")
                .build());

        assertThat(changes).extracting(DueDateChange::roundNo, DueDateChange::dueAfter).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, time("2025-10-13 17:00")),
                org.assertj.core.groups.Tuple.tuple(2, time("2025-10-15 17:00")));
    }

    @Test
    void openRoundLeavesNoDueDate() {
        List<DueDateChange> changes = dueDates.changes(dossier("H99-1").receivedAt("2025-10-01 09:00")
                .due("2025-10-08 17:00").supplement("2025-10-03 10:00", null, null).build());

        assertThat(changes).containsExactly(new DueDateChange(1, time("2025-10-03 10:00"), null, null));
    }

    @Test
    void dossierWithoutDueDateKeepsNone() {
        List<DueDateChange> changes = dueDates.changes(dossier("H99-1").receivedAt("2025-10-01 09:00")
                .supplement("2025-10-03 10:00", "2025-10-07 09:00", null).build());

        assertThat(changes).extracting(DueDateChange::dueAfter).containsOnlyNulls();
    }
}

package org.tthc.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;

/** jqwik properties of appointment dates: they fall in office hours and lie exactly the processing time ahead. */
class AppointmentDatesPropertiesTest {
    private final WorkingCalendar calendar = WorkingCalendar.vietnam();
    private final WorkingHours hours = WorkingHours.standard();
    private final AppointmentDates dates = new AppointmentDates(calendar, hours);

    @Property
    void appointmentLiesInOfficeHoursExactlyTheProcessingTimeAfterTheCountingStart(
            @ForAll("receipts") LocalDateTime receivedAt, @ForAll @IntRange(min = 1, max = 40) int time,
            @ForAll ProcessingTimeUnit unit) {
        LocalDateTime start = dates.countingStart(receivedAt);
        LocalDateTime due = dates.appointment(receivedAt, time, unit);

        assertThat(start).isAfterOrEqualTo(receivedAt.withNano(0));
        assertThat(calendar.isWorkingDay(due.toLocalDate())).as("due %s", due).isTrue();
        assertThat(inSession(due.toLocalTime())).as("due %s", due).isTrue();
        long expectedMinutes = unit == ProcessingTimeUnit.WORKING_DAYS ? time * 8L * 60 : time * 60L;
        assertThat(workingMinutesBetween(start, due)).isEqualTo(expectedMinutes);
    }

    private boolean inSession(LocalTime time) {
        return !time.isBefore(hours.morningStart()) && !time.isAfter(hours.morningEnd())
                || !time.isBefore(hours.afternoonStart()) && !time.isAfter(hours.afternoonEnd());
    }

    /** Counts working minutes independently of the implementation: minute by minute over the sessions. */
    private long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        long minutes = 0;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            minutes += overlap(day, hours.morningStart(), hours.morningEnd(), from, to);
            minutes += overlap(day, hours.afternoonStart(), hours.afternoonEnd(), from, to);
        }
        return minutes;
    }

    private static long overlap(LocalDate day, LocalTime start, LocalTime end, LocalDateTime from, LocalDateTime to) {
        LocalDateTime a = max(day.atTime(start), from);
        LocalDateTime b = min(day.atTime(end), to);
        return b.isAfter(a) ? Duration.between(a, b).toMinutes() : 0;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    @Provide
    Arbitrary<LocalDateTime> receipts() {
        return Arbitraries.integers().between(0, 365 * 4 * 24 * 60)
                .map(minutes -> LocalDateTime.of(2023, 1, 1, 0, 0).plusMinutes(minutes));
    }
}

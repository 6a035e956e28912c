package org.tthc.domain.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

import org.tthc.domain.TthcTime;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;

/**
 * The appointment date (NgayHenTra) given at intake (statistics rules §4): the legal processing time counted in
 * working time from the moment the dossier is received.
 * <ul>
 *   <li>Counting starts at the receipt time when that is inside office hours of a working day and before the
 *   afternoon cut-off; a dossier received during the lunch break counts from the afternoon session, one received
 *   before the morning session from the morning session; one received at or after the cut-off, or on a day off,
 *   from the next working morning.</li>
 *   <li>A processing time in working hours is added along the office-hour sessions of working days; one in working
 *   days counts {@link WorkingHours#HOURS_PER_WORKING_DAY} hours a day, so a dossier received at 09:00 with one
 *   working day is due at 09:00 on the next working day, and one received after the cut-off with one working day is
 *   due at the end of the next working day.</li>
 *   <li>The due time never falls in a break: time running out exactly at the end of a session gives that end.</li>
 * </ul>
 */
public final class AppointmentDates {
    private final WorkingCalendar calendar;
    private final WorkingHours hours;

    public AppointmentDates(WorkingCalendar calendar, WorkingHours hours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /** The appointment for a dossier received at {@code receivedAt} with the given legal processing time. */
    public LocalDateTime appointment(LocalDateTime receivedAt, int processingTime, ProcessingTimeUnit unit) {
        if (processingTime <= 0) {
            throw new IllegalArgumentException("processing time must be positive: " + processingTime);
        }
        long workingHours = switch (unit) {
            case WORKING_DAYS -> (long) processingTime * WorkingHours.HOURS_PER_WORKING_DAY;
            case WORKING_HOURS -> processingTime;
        };
        return addWorkingTime(countingStart(receivedAt), Duration.ofHours(workingHours));
    }

    /** When the processing time starts to run for a dossier received at {@code receivedAt}. */
    public LocalDateTime countingStart(LocalDateTime receivedAt) {
        LocalDateTime received = TthcTime.toSecond(receivedAt);
        LocalDate day = received.toLocalDate();
        LocalTime time = received.toLocalTime();
        if (!calendar.isWorkingDay(day) || !time.isBefore(hours.intakeCutOff())) {
            return nextWorkingMorning(day);
        }
        if (time.isBefore(hours.morningStart())) {
            return day.atTime(hours.morningStart());
        }
        if (!time.isBefore(hours.morningEnd()) && time.isBefore(hours.afternoonStart())) {
            return day.atTime(hours.afternoonStart());
        }
        return received;
    }

    /** {@code amount} of working time after {@code start}, which must lie inside a session of a working day. */
    public LocalDateTime addWorkingTime(LocalDateTime start, Duration amount) {
        LocalDate day = start.toLocalDate();
        LocalTime at = start.toLocalTime();
        Duration left = amount;
        while (true) {
            for (LocalTime[] session : sessions()) {
                if (!at.isBefore(session[1])) {
                    continue;
                }
                LocalTime from = at.isBefore(session[0]) ? session[0] : at;
                Duration available = Duration.between(from, session[1]);
                if (left.compareTo(available) <= 0) {
                    return day.atTime(from.plus(left));
                }
                left = left.minus(available);
                at = session[1];
            }
            day = nextWorkingDay(day);
            at = hours.morningStart();
        }
    }

    private LocalTime[][] sessions() {
        return new LocalTime[][] {
            {hours.morningStart(), hours.morningEnd()},
            {hours.afternoonStart(), hours.afternoonEnd()}
        };
    }

    private LocalDateTime nextWorkingMorning(LocalDate day) {
        return nextWorkingDay(day).atTime(hours.morningStart());
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        return calendar.addWorkingDays(day, 1);
    }
}

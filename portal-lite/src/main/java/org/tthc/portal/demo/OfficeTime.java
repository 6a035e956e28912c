package org.tthc.portal.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Random;

import org.tthc.domain.calendar.AppointmentDates;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.calendar.WorkingHours;

/** Office time for the demo seed: working time added along the office's sessions, and random durations. */
final class OfficeTime {
    private final WorkingCalendar calendar;
    private final WorkingHours hours;
    private final AppointmentDates dates;
    private final Random random;

    OfficeTime(WorkingCalendar calendar, WorkingHours hours, Random random) {
        this.calendar = calendar;
        this.hours = hours;
        this.dates = new AppointmentDates(calendar, hours);
        this.random = random;
    }

    boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** {@code minutes} of working time into working day {@code day}. */
    LocalDateTime workingMinute(LocalDate day, int minutes) {
        return dates.addWorkingTime(day.atTime(hours.morningStart()), Duration.ofMinutes(minutes));
    }

    /** {@code workingTime} of office hours after {@code from} (from the next session when outside office hours). */
    LocalDateTime later(LocalDateTime from, Duration workingTime) {
        return dates.addWorkingTime(inOfficeHours(from), workingTime).plusSeconds(random.nextInt(60));
    }

    private LocalDateTime inOfficeHours(LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        LocalTime at = time.toLocalTime();
        if (!calendar.isWorkingDay(day) || !at.isBefore(hours.afternoonEnd())) {
            return calendar.addWorkingDays(day, 1).atTime(hours.morningStart());
        }
        if (at.isBefore(hours.morningStart())) {
            return day.atTime(hours.morningStart());
        }
        if (!at.isBefore(hours.morningEnd()) && at.isBefore(hours.afternoonStart())) {
            return day.atTime(hours.afternoonStart());
        }
        return time;
    }

    Duration minutes(int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from + 1));
    }

    Duration fraction(Duration of, double from, double to) {
        return Duration.ofMinutes(Math.max(5, (long) (of.toMinutes() * (from + random.nextDouble() * (to - from)))));
    }
}

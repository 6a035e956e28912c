package org.tthc.api.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.support.CronTrigger;
import org.tthc.domain.calendar.WorkingCalendar;

/**
 * A cron trigger whose runs move off days that are not working days: a run due on a weekend or holiday of the
 * working calendar runs on the next working day at the same time (the 5th falling on a Saturday runs Monday the 7th).
 */
public final class WorkingDayTrigger implements Trigger {
    private final CronTrigger cron;
    private final ZoneId zone;
    private final WorkingCalendar calendar;

    public WorkingDayTrigger(String expression, ZoneId zone, WorkingCalendar calendar) {
        this.cron = new CronTrigger(expression, zone);
        this.zone = zone;
        this.calendar = calendar;
    }

    @Override
    public Instant nextExecution(TriggerContext context) {
        Instant next = cron.nextExecution(context);
        return next == null ? null : onWorkingDay(LocalDateTime.ofInstant(next, zone), calendar).atZone(zone).toInstant();
    }

    /** {@code time} itself on a working day, else the same time on the next working day. */
    static LocalDateTime onWorkingDay(LocalDateTime time, WorkingCalendar calendar) {
        LocalDate day = time.toLocalDate();
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(time.toLocalTime());
    }
}

package org.tthc.api.reports;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.period.PeriodKind;

/**
 * One scheduled report job per period kind ({@code tthc.reports.schedule.month|quarter|year}, Spring cron in
 * Vietnam's time zone, {@code -} turns one off), each run moved to the next working day of the working calendar when
 * it falls on a weekend or holiday. A run never throws out of the scheduler: its outcome is in the run ledger.
 */
public final class ReportSchedule implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

    private final ReportDelivery delivery;
    private final ReportProperties.Schedule schedule;
    private final WorkingCalendar calendar;

    public ReportSchedule(ReportDelivery delivery, ReportProperties.Schedule schedule, WorkingCalendar calendar) {
        this.delivery = delivery;
        this.schedule = schedule;
        this.calendar = calendar;
    }

    /** The cron of each period kind that is scheduled. */
    public Map<PeriodKind, String> crons() {
        Map<PeriodKind, String> crons = new LinkedHashMap<>();
        crons.put(PeriodKind.MONTH, schedule.month());
        crons.put(PeriodKind.QUARTER, schedule.quarter());
        crons.put(PeriodKind.YEAR, schedule.year());
        crons.values().removeIf(cron -> cron == null || cron.isBlank() || cron.equals("-"));
        return crons;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        crons().forEach((kind, cron) -> {
            registrar.addTriggerTask(() -> runScheduled(kind), new WorkingDayTrigger(cron, TthcTime.ZONE, calendar));
            log.info("report pack of each {} scheduled: cron '{}' ({}), moved to the next working day", kind, cron,
                    TthcTime.ZONE);
        });
    }

    private void runScheduled(PeriodKind kind) {
        try {
            ReportRun run = delivery.scheduled(kind);
            log.info("scheduled report run {} for {}: {}", run.id(), run.period(), run.status());
        } catch (RuntimeException e) {
            log.error("scheduled report run of the last {} could not be recorded: {}", kind, e.getMessage(), e);
        }
    }
}

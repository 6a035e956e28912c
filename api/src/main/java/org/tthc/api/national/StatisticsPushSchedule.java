package org.tthc.api.national;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.tthc.domain.TthcTime;
import org.tthc.domain.period.Period;
import org.tthc.domain.period.PeriodClosing;

/**
 * Queues the statistics and rating packets of each closed month (and of the year, after December) on
 * {@code tthc.national.statistics-push.cron}, what {@code ./tthc national push} does without {@code --period}: a
 * month on the first run after its grace day (the grace day itself stays for late entries), then never again —
 * a period that already has an MStatistic packet in the outbox is left alone (a correction stays an operator's
 * explicit {@code --correction}). A period the quality gate refuses is logged and tried again on the next run.
 * The outbox's delivery sends what is queued.
 */
public final class StatisticsPushSchedule implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(StatisticsPushSchedule.class);

    private final Supplier<StatisticsSubmission> submission;
    private final Outbox outbox;
    private final StatisticsPushProperties schedule;
    private final PeriodClosing closing;
    private final Clock clock;

    /** @param submission made on the first period due, so that an app that never pushes never opens Spark for it */
    public StatisticsPushSchedule(Supplier<StatisticsSubmission> submission, Outbox outbox,
                                  StatisticsPushProperties schedule, NationalProperties national, Clock clock) {
        this.submission = submission;
        this.outbox = outbox;
        this.schedule = schedule;
        this.closing = new PeriodClosing(national.graceDay());
        this.clock = clock;
    }

    /** The periods to queue on {@code today}: the latest closed month, and its year after December, unless queued. */
    public List<Period> due(LocalDate today) {
        Period month = closing.latestClosedMonth(today);
        if (!today.isAfter(closing.closesOn(month))) {
            return List.of(); // it closed today: the grace day stays for late entries, the next run queues it
        }
        List<Period> periods = new ArrayList<>(List.of(month));
        if (month.from().getMonthValue() == 12) {
            periods.add(Period.year(month.from().getYear()));
        }
        periods.removeIf(p -> outbox.anyQueued("MStatistic", p.toString()));
        return periods;
    }

    /** One scheduled run: queues the periods due today; returns what it queued or refused. */
    public List<StatisticsSubmission.Result> run() {
        List<StatisticsSubmission.Result> results = new ArrayList<>();
        for (Period period : due(TthcTime.today(clock))) {
            StatisticsSubmission.Result result = submission.get().queue(period, false);
            results.add(result);
            if (result.refusal().isPresent()) {
                log.warn("scheduled statistics push of {}: not queued: {}; the next run tries again", period,
                        result.refusal().get());
            } else {
                log.info("scheduled statistics push of {}: {} MStatistic and {} MVotes packet(s) queued", period,
                        result.byOrganisation().size(), result.votesByOrganisation().size());
            }
        }
        return results;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!schedule.enabled()) {
            return;
        }
        registrar.addTriggerTask(this::runScheduled, new CronTrigger(schedule.cron(), TthcTime.ZONE));
        log.info("statistics push scheduled: cron '{}' ({}), each month after its grace day", schedule.cron(),
                TthcTime.ZONE);
    }

    private void runScheduled() {
        try {
            run();
        } catch (RuntimeException e) {
            log.error("scheduled statistics push failed; the next run tries again: {}", e.getMessage(), e);
        }
    }
}

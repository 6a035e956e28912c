package org.tthc.api.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.boot.convert.DurationStyle;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.OutboxWorker;
import org.tthc.api.national.StatisticsSubmission;
import org.tthc.api.statistics.StatisticsService;
import org.tthc.domain.period.Period;
import org.tthc.domain.period.PeriodClosing;
import org.tthc.domain.rating.RatingGrades;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.quality.QualityGate;
import org.tthc.warehouse.statistics.GoldRatings;
import org.tthc.warehouse.statistics.GoldStatistics;
import org.tthc.warehouse.statistics.SparkWarehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tthc national push}: queue a closed period's statistics and rating packets, then deliver what is due. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Queues the MStatistic packets of a closed period (one per level-1 organisation, computed into",
                "gold with Spark, after the period's quality gate) and, for a month, their MVotes rating packets,",
                "then delivers every due packet of the outbox.",
                "Without --period: the latest closed month, and the year too once December is closed.",
                "A period closes on tthc.national.grace-day (default the 5th) of the next month."})
final class NationalPushCommand implements Callable<Integer> {
    private final NationalOptions national = new NationalOptions();

    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--period", description = "YYYY-MM or YYYY (default: the latest closed month).")
    String period;

    @Option(names = "--correction", description = "Queue packets that differ from those queued before for the period"
            + " as explicit corrections (the earlier packets stay as they were sent).")
    boolean correction;

    @Option(names = "--no-queue", description = "Only deliver what is due; queue nothing.")
    boolean noQueue;

    @Option(names = "--wait", defaultValue = "0s",
            description = "Keep delivering failed packets' retries for this long, e.g. 10m (default: ${DEFAULT-VALUE}: one pass).")
    String waitFor;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() throws InterruptedException {
        Clock clock = today.clock();
        int refused = 0;
        try (ControlDatabase database = national.openControl(warehouse.data)) {
            Outbox outbox = new Outbox(database);
            if (!noQueue) {
                DeltaWarehouse store = warehouse.open();
                StatisticsSubmission submission = new StatisticsSubmission(new GoldStatistics(store, clock),
                        new GoldRatings(store, RatingGrades.DEFAULT, clock),
                        new StatisticsService(new SparkWarehouse(store), clock),
                        QualityGate.spark(store, clock)::check, outbox, national.settings(), clock);
                for (Period p : periods()) {
                    StatisticsSubmission.Result result = submission.queue(p, correction);
                    if (result.refusal().isPresent()) {
                        refused++;
                        System.out.println("period " + p + ": not queued: " + result.refusal().get());
                    }
                    result.byOrganisation().forEach((org, queued) -> print(p, org, "", queued));
                    result.votesByOrganisation().forEach((org, queued) -> print(p, org, " MVotes", queued));
                }
            }
            OutboxWorker worker = national.worker(outbox, Clock.systemUTC());
            if (worker == null) {
                System.out.println("delivery is off: set TTHC_NATIONAL_BASE_URL (tthc.national.base-url);"
                        + " the packets wait in the outbox");
            } else {
                Duration limit = DurationStyle.detectAndParse(waitFor); // 10m, 30s, PT1H
                System.out.println(NationalCommand.report(limit.isZero() ? worker.deliverDue() : worker.drain(limit)));
            }
            System.out.print(NationalCommand.counts(outbox.counts()));
        }
        return refused == 0 ? 0 : 2;
    }

    private static void print(Period period, String org, String packet, Outbox.Queued queued) {
        System.out.println("period " + period + " " + org + packet + ": "
                + queued.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " (outbox #" + queued.entry().id() + ")"
                + (queued.outcome() == Outbox.Queueing.DIFFERS_FROM_QUEUED
                ? "; the numbers changed since: --correction resubmits them" : ""));
    }

    private List<Period> periods() {
        if (period != null) {
            return List.of(Period.parse(period));
        }
        PeriodClosing closing = new PeriodClosing(national.settings().graceDay());
        Period month = closing.latestClosedMonth(today.day());
        List<Period> periods = new ArrayList<>(List.of(month));
        if (month.from().getMonthValue() == 12) {
            periods.add(Period.year(month.from().getYear()));
        }
        return periods;
    }
}

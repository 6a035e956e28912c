package org.tthc.api.national;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running app's delivery: every {@code tthc.national.poll-interval}, one outbox worker delivers the due packets.
 * Off while {@code tthc.national.base-url} is empty. A failed pass is logged and the next pass tries again; the
 * packets' own states say what failed.
 */
public final class NationalDelivery implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NationalDelivery.class);

    private final ScheduledExecutorService scheduler;

    private NationalDelivery(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public static NationalDelivery start(Outbox outbox, NationalProperties settings, Clock clock) {
        if (!settings.enabled()) {
            log.info("national sync is off (tthc.national.base-url is empty); packets stay in the outbox");
            return new NationalDelivery(null);
        }
        OutboxWorker worker = new OutboxWorker(outbox, new NationalPortalClient(settings, clock),
                RetryPolicy.of(settings), clock);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "national-delivery");
            thread.setDaemon(true);
            return thread;
        });
        long period = settings.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> pass(worker), period, period, TimeUnit.MILLISECONDS);
        log.info("national sync to {} every {}", settings.baseUrl(), settings.pollInterval());
        return new NationalDelivery(scheduler);
    }

    private static void pass(OutboxWorker worker) {
        try {
            OutboxWorker.Report report = worker.deliverDue();
            if (report.acknowledged() + report.failed() + report.dead() > 0) {
                log.info("national outbox: {} acknowledged, {} to retry, {} dead", report.acknowledged(),
                        report.failed(), report.dead());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("national outbox delivery pass failed; the next pass tries again", e);
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}

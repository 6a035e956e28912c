package org.tthc.api.national;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the due packets of the outbox, one at a time, in outbox order (per ordering key, never out of order):
 * each is marked in flight before the request and settled after the answer, so a worker killed in between leaves it
 * in flight, and the next worker over the same control database sends it again with the same idempotency key.
 * One worker per control database at a time.
 */
public final class OutboxWorker {
    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 200;

    private final Outbox outbox;
    private final NationalPortalClient client;
    private final RetryPolicy retry;
    private final Clock clock;

    /** What a pass or a drain did. */
    public record Report(int acknowledged, int failed, int dead) {
        Report plus(Report other) {
            return new Report(acknowledged + other.acknowledged, failed + other.failed, dead + other.dead);
        }
    }

    /** A new worker: packets a previous worker left in flight are due again. */
    public OutboxWorker(Outbox outbox, NationalPortalClient client, RetryPolicy retry, Clock clock) {
        this.outbox = outbox;
        this.client = client;
        this.retry = retry;
        this.clock = clock;
        int recovered = outbox.recoverInFlight(clock.instant());
        if (recovered > 0) {
            log.warn("{} packet(s) were in flight when the previous worker stopped; sending them again", recovered);
        }
    }

    /**
     * Delivers every packet due now, pass after pass, until a pass finds none. A pass reads the outbox once, in id
     * order, a batch at a time; a packet held back behind an earlier one of its dossier that this pass delivered is
     * delivered by the next pass.
     */
    public Report deliverDue() throws InterruptedException {
        Report report = new Report(0, 0, 0);
        while (true) {
            Report pass = pass();
            if (pass.equals(new Report(0, 0, 0))) {
                return report;
            }
            report = report.plus(pass);
        }
    }

    private Report pass() throws InterruptedException {
        Report report = new Report(0, 0, 0);
        OptionalLong first = outbox.firstUnsettledId();
        if (first.isEmpty()) {
            return report;
        }
        long after = first.getAsLong() - 1;
        while (true) {
            Outbox.Due due = outbox.due(clock.instant(), after, BATCH);
            if (due.entries().isEmpty()) {
                return report;
            }
            for (OutboxEntry entry : due.entries()) {
                report = report.plus(deliver(entry));
            }
            after = due.scannedTo();
        }
    }

    /**
     * Delivers until nothing is left to try (every packet acknowledged or dead), waiting for failed packets' next
     * attempts, or until {@code limit} has passed.
     */
    public Report drain(Duration limit) throws InterruptedException {
        Instant deadline = clock.instant().plus(limit);
        Report report = new Report(0, 0, 0);
        while (true) {
            report = report.plus(deliverDue());
            Optional<Instant> next = outbox.nextRetry();
            Instant now = clock.instant();
            if (next.isEmpty() || !now.isBefore(deadline)) {
                return report;
            }
            Instant wake = next.get().isBefore(deadline) ? next.get() : deadline;
            long millis = Duration.between(now, wake).toMillis();
            if (millis > 0) {
                Thread.sleep(millis);
            }
        }
    }

    private Report deliver(OutboxEntry entry) throws InterruptedException {
        if (!outbox.markSent(entry, clock.instant())) {
            return new Report(0, 0, 0); // another worker took it
        }
        int attempts = entry.attempts() + 1;
        Delivery delivery = client.deliver(entry);
        Instant now = clock.instant();
        switch (delivery.outcome()) {
            case ACKNOWLEDGED -> {
                outbox.markAcknowledged(entry.id(), delivery.describe(), now);
                return new Report(1, 0, 0);
            }
            case REFUSED -> {
                outbox.markDead(entry.id(), "refused by the portal: " + delivery.describe());
                log.warn("outbox #{} ({} {} {}) refused: {}", entry.id(), entry.packetType(), entry.orgCode(),
                        entry.subject(), delivery.describe());
                return new Report(0, 0, 1);
            }
            default -> {
                if (!retry.mayRetry(attempts)) {
                    outbox.markDead(entry.id(), "gave up after " + attempts + " attempts; last: " + delivery.describe());
                    log.warn("outbox #{} dead after {} attempts: {}", entry.id(), attempts, delivery.describe());
                    return new Report(0, 0, 1);
                }
                outbox.markFailed(entry.id(), delivery.describe(), now.plus(retry.delayAfter(attempts)));
                return new Report(0, 1, 0);
            }
        }
    }
}

package org.tthc.api.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.Outbox.Queueing;

/** Queueing into the outbox over the embedded control database: idempotency, frozen snapshots, due order. */
class OutboxTest {
    private static final Instant NOW = Instant.parse("2025-11-05T01:00:00Z");

    @TempDir
    Path data;

    private ControlDatabase database;
    private Outbox outbox;

    @BeforeEach
    void open() {
        database = ControlDatabase.embedded(data);
        outbox = new Outbox(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theSameContentForTheSameSubjectIsQueuedOnce() {
        OutboxPacket packet = TestPackets.statistics("000.00.00.H99", 10, 1);

        Outbox.Queued first = outbox.enqueue(packet, NOW);
        Outbox.Queued second = outbox.enqueue(packet, NOW.plusSeconds(60));

        assertThat(first.outcome()).isEqualTo(Queueing.QUEUED);
        assertThat(second.outcome()).isEqualTo(Queueing.ALREADY_QUEUED);
        assertThat(second.entry().id()).isEqualTo(first.entry().id());
        assertThat(first.entry().idempotencyKey())
                .isEqualTo("MStatistic|000.00.00.H99|2025-10|" + packet.contentHash());
        assertThat(outbox.counts()).containsEntry(OutboxStatus.PENDING, 1);
    }

    @Test
    void aStatisticsPacketIsStoredWithItsRuleSetAndTableVersions() {
        OutboxEntry entry = outbox.enqueue(TestPackets.statistics("000.00.00.H99", 10, 1), NOW).entry();

        OutboxEntry stored = outbox.find(entry.id()).orElseThrow();
        assertThat(stored.ruleSet()).isEqualTo("R2025.1");
        assertThat(stored.tableVersions()).isEqualTo(Map.of("dossier", 12L, "event", 30L));
        assertThat(stored.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(stored.queuedAt()).isEqualTo(NOW);
    }

    @Test
    void aChangedStatisticsPacketIsNotQueuedUnlessItIsAnExplicitCorrection() {
        OutboxEntry submitted = outbox.enqueue(TestPackets.statistics("000.00.00.H99", 10, 1), NOW).entry();
        OutboxPacket recomputed = TestPackets.statistics("000.00.00.H99", 10, 2);

        Outbox.Queued refused = outbox.enqueue(recomputed, NOW);
        Outbox.Queued correction = outbox.enqueue(recomputed.correcting(submitted.id()), NOW);

        assertThat(refused.outcome()).isEqualTo(Queueing.DIFFERS_FROM_QUEUED);
        assertThat(refused.entry().id()).isEqualTo(submitted.id());
        assertThat(correction.outcome()).isEqualTo(Queueing.QUEUED);
        assertThat(correction.entry().supersedes()).isEqualTo(submitted.id());
        assertThat(outbox.find(submitted.id()).orElseThrow().payload()).as("the first one stays as it was")
                .isEqualTo(submitted.payload());
    }

    @Test
    void aCorrectionIsNotDueBeforeThePacketItCorrectsIsAcknowledged() {
        OutboxEntry submitted = outbox.enqueue(TestPackets.statistics("000.00.00.H99", 10, 1), NOW).entry();
        OutboxEntry correction = outbox.enqueue(
                TestPackets.statistics("000.00.00.H99", 10, 2).correcting(submitted.id()), NOW).entry();

        assertThat(outbox.due(NOW, 0, 10).entries()).extracting(OutboxEntry::id).containsExactly(submitted.id());
        assertThat(outbox.markSent(outbox.due(NOW, 0, 10).entries().get(0), NOW)).isTrue();
        outbox.markAcknowledged(submitted.id(), "HTTP 200", NOW);
        assertThat(outbox.due(NOW, 0, 10).entries()).extracting(OutboxEntry::id).containsExactly(correction.id());
    }

    @Test
    void aPassReadsOnFromWhereItStoppedAndPassesOverPacketsHeldBackByTheirDossier() {
        OutboxEntry a1 = outbox.enqueue(TestPackets.progress("H99-000A", 1), NOW).entry();
        OutboxEntry a2 = outbox.enqueue(TestPackets.progress("H99-000A", 2), NOW).entry();
        outbox.enqueue(TestPackets.progress("H99-000A", 3), NOW);
        OutboxEntry b1 = outbox.enqueue(TestPackets.progress("H99-000B", 1), NOW).entry();

        Outbox.Due first = outbox.due(NOW, 0, 2);
        assertThat(first.entries()).extracting(OutboxEntry::id).containsExactly(a1.id());
        assertThat(first.scannedTo()).isEqualTo(a2.id());
        // a3 is held back behind a1; the window goes on to b1
        Outbox.Due second = outbox.due(NOW, first.scannedTo(), 2);
        assertThat(second.entries()).extracting(OutboxEntry::id).containsExactly(b1.id());
        assertThat(second.scannedTo()).isEqualTo(b1.id());
        assertThat(outbox.due(NOW, second.scannedTo(), 2).entries()).isEmpty();

        outbox.markSent(a1, NOW);
        outbox.markAcknowledged(a1.id(), "HTTP 200", NOW);
        assertThat(outbox.due(NOW, 0, 10).entries()).as("the next pass")
                .extracting(OutboxEntry::id).containsExactly(a2.id(), b1.id());
    }

    @Test
    void aSecondAcknowledgementChangesNothing() {
        OutboxEntry entry = outbox.enqueue(TestPackets.progress("H99-0001", 1), NOW).entry();
        outbox.markSent(entry, NOW);
        outbox.markAcknowledged(entry.id(), "HTTP 200: received", NOW);

        outbox.markAcknowledged(entry.id(), "HTTP 200: duplicate", NOW.plusSeconds(5));
        outbox.markFailed(entry.id(), "late failure", NOW.plusSeconds(5));

        OutboxEntry stored = outbox.find(entry.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OutboxStatus.ACKNOWLEDGED);
        assertThat(stored.lastResponse()).isEqualTo("HTTP 200: received");
        assertThat(stored.acknowledgedAt()).isEqualTo(NOW);
    }

    @Test
    void aFailedPacketIsDueAtItsNextAttemptOnly() {
        OutboxEntry entry = outbox.enqueue(TestPackets.progress("H99-0001", 1), NOW).entry();
        outbox.markSent(entry, NOW);
        outbox.markFailed(entry.id(), "HTTP 500", NOW.plusSeconds(30));

        assertThat(outbox.due(NOW.plusSeconds(29), 0, 10).entries()).isEmpty();
        assertThat(outbox.due(NOW.plusSeconds(30), 0, 10).entries()).extracting(OutboxEntry::attempts)
                .containsExactly(1);
        assertThat(outbox.nextRetry()).isEqualTo(Optional.of(NOW.plusSeconds(30)));
        assertThat(outbox.list(Optional.of(OutboxStatus.FAILED), 10)).hasSize(1);
    }
}

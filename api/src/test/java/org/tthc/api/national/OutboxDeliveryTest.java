package org.tthc.api.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.FaultInjectingReceiver.Fault;
import org.tthc.domain.packet.VotesPacketCodec;

/**
 * The outbox, the client and the worker against a real receiver on 127.0.0.1 that validates every packet and
 * injects faults: every packet ends acknowledged exactly once and in order per dossier, or dead with its reason.
 */
class OutboxDeliveryTest {
    private static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    @TempDir
    Path data;

    private FaultInjectingReceiver receiver;
    private ControlDatabase database;
    private Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    @BeforeEach
    void start() throws Exception {
        receiver = new FaultInjectingReceiver(READ_TIMEOUT.toMillis() * 2);
        database = ControlDatabase.embedded(data);
        outbox = new Outbox(database);
    }

    @AfterEach
    void stop() {
        receiver.close();
        database.close();
    }

    @Test
    void everyPacketIsDeliveredExactlyOnceAndInOrderUnderEveryFault() throws Exception {
        receiver.injectInCycle(Fault.NONE, Fault.SERVER_ERROR, Fault.NONE, Fault.SLOW_PAST_TIMEOUT, Fault.NONE,
                Fault.DROP_BEFORE, Fault.SLOW_WITHIN_TIMEOUT, Fault.DROP_AFTER, Fault.NONE, Fault.EXPIRE_TOKEN);
        List<OutboxEntry> queued = queueStatisticsAndProgress(8, 6, 5);

        OutboxWorker.Report report = worker(30).drain(Duration.ofSeconds(90));

        assertThat(outbox.counts()).containsEntry(OutboxStatus.ACKNOWLEDGED, queued.size())
                .containsEntry(OutboxStatus.DEAD, 0).containsEntry(OutboxStatus.FAILED, 0);
        assertThat(report.acknowledged()).isEqualTo(queued.size());
        assertDeliveredExactlyOnceInOrder(queued);
        for (Fault fault : Fault.values()) {
            assertThat(receiver.injected(fault)).as("requests that got " + fault).isPositive();
        }
        assertThat(receiver.duplicates()).as("duplicate acknowledgements after slow answers and drops").isPositive();
        assertThat(receiver.unauthorised()).as("401s after the token was revoked").isPositive();
        assertThat(receiver.tokensIssued()).as("a new token after each 401").isGreaterThan(1);
    }

    @Test
    void packetsQueuedAsXmlAreValidatedAgainstTheXsdAndDelivered() throws Exception {
        OutboxPacket json = TestPackets.statistics("000.00.00.H99", 10, 1);
        String xml = new org.tthc.domain.packet.StatisticsPacketCodec().toXml(
                new org.tthc.domain.packet.StatisticsPacketCodec().fromJson(json.payload()).get(0));
        outbox.enqueue(OutboxPacket.statistics("000.00.00.H99", "2025-10", "/Statistic/UpdateStatistic",
                "application/xml", xml, "R2025.1", Map.of()), clock.instant());

        worker(3).drain(Duration.ofSeconds(10));

        assertThat(outbox.counts()).containsEntry(OutboxStatus.ACKNOWLEDGED, 1);
        assertThat(receiver.accepted()).extracting(FaultInjectingReceiver.Accepted::payload).containsExactly(xml);
    }

    @Test
    void ratingPacketsAreValidatedAgainstTheirSchemasAsJsonAndXmlAndAnInvalidOneEndsDead() throws Exception {
        VotesPacketCodec codec = new VotesPacketCodec();
        String json = codec.toJson(TestPackets.votes("000.00.00.H99"));
        String xml = codec.toXml(TestPackets.votes("000.00.00.H98"));
        String overAHundred = codec.toJson(TestPackets.votes("000.00.00.H97"))
                .replace("\"PercentBad\":66.6", "\"PercentBad\":166.6");
        outbox.enqueue(OutboxPacket.votes("000.00.00.H99", "2025-10", "/Vote/UpdateVote", "application/json", json,
                Map.of()), clock.instant());
        outbox.enqueue(OutboxPacket.votes("000.00.00.H98", "2025-10", "/Vote/UpdateVote", "application/xml", xml,
                Map.of()), clock.instant());
        OutboxEntry refused = outbox.enqueue(OutboxPacket.votes("000.00.00.H97", "2025-10", "/Vote/UpdateVote",
                "application/json", overAHundred, Map.of()), clock.instant()).entry();

        worker(3).drain(Duration.ofSeconds(10));

        assertThat(outbox.counts()).containsEntry(OutboxStatus.ACKNOWLEDGED, 2).containsEntry(OutboxStatus.DEAD, 1);
        assertThat(receiver.accepted()).extracting(FaultInjectingReceiver.Accepted::payload)
                .containsExactlyInAnyOrder(json, xml);
        assertThat(receiver.accepted()).extracting(FaultInjectingReceiver.Accepted::packetType).containsOnly("MVotes");
        assertThat(outbox.find(refused.id()).orElseThrow().lastResponse()).contains("HTTP 400", "/PercentBad");
    }

    @Test
    void aPacketThePortalRefusesEndsDeadWithTheReasonAndHoldsBackItsDossier() throws Exception {
        String invalid = """
                {"service":"CapNhatTienDoHoSoMC","data":[{"MaHoSo":"H99-0001","NguoiXuLy":"A",\
                "ThoiDiemXuLy":"2025-10-01","TrangThai":"2"}]}""";
        OutboxEntry refused = outbox.enqueue(OutboxPacket.dossier("CapNhatTienDoHoSoMC", "000.00.00.H99", "H99-0001",
                "/CapNhatTienDoHoSoMC", invalid), clock.instant()).entry();
        OutboxEntry later = outbox.enqueue(TestPackets.progress("H99-0001", 2), clock.instant()).entry();
        OutboxEntry other = outbox.enqueue(TestPackets.progress("H99-0002", 1), clock.instant()).entry();

        worker(5).drain(Duration.ofSeconds(10));

        OutboxEntry dead = outbox.find(refused.id()).orElseThrow();
        assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(dead.attempts()).as("a refusal is not retried").isEqualTo(1);
        assertThat(dead.lastResponse()).contains("refused by the portal", "HTTP 400",
                "/data/0/ThoiDiemXuLy: does not match the regex pattern");
        assertThat(outbox.find(later.id()).orElseThrow().status())
                .as("a later packet of the same dossier never overtakes the dead one").isEqualTo(OutboxStatus.PENDING);
        assertThat(outbox.find(other.id()).orElseThrow().status()).isEqualTo(OutboxStatus.ACKNOWLEDGED);
        assertThat(receiver.accepted()).extracting(FaultInjectingReceiver.Accepted::dossier).containsExactly("H99-0002");
    }

    @Test
    void aPacketOutOfAttemptsEndsDeadAndIsDeliveredOnceAnOperatorRearmsIt() throws Exception {
        receiver.failEveryRequest(true);
        OutboxEntry entry = outbox.enqueue(TestPackets.statistics("000.00.00.H99", 10, 1), clock.instant()).entry();

        worker(3).drain(Duration.ofSeconds(10));

        OutboxEntry dead = outbox.find(entry.id()).orElseThrow();
        assertThat(dead.status()).isEqualTo(OutboxStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.lastResponse()).startsWith("gave up after 3 attempts; last: HTTP 500");
        assertThat(receiver.accepted()).isEmpty();

        receiver.failEveryRequest(false);
        assertThat(outbox.rearm(entry.id(), clock.instant())).isTrue();
        worker(3).drain(Duration.ofSeconds(10));

        OutboxEntry delivered = outbox.find(entry.id()).orElseThrow();
        assertThat(delivered.status()).isEqualTo(OutboxStatus.ACKNOWLEDGED);
        assertThat(delivered.payload()).as("re-arming never changes what is sent").isEqualTo(entry.payload());
        assertThat(receiver.accepted()).extracting(FaultInjectingReceiver.Accepted::payload)
                .containsExactly(entry.payload());
    }

    @Test
    void aWorkerKilledMidDeliveryLosesNothingAndDuplicatesNothing() throws Exception {
        receiver.hangOnRequest(7);
        List<OutboxEntry> queued = queueStatisticsAndProgress(4, 4, 3);
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try {
                worker(5, Duration.ofSeconds(30)).drain(Duration.ofSeconds(60));
            } catch (Throwable e) {
                ended.set(e);
            }
        }, "first-worker");
        first.start();
        assertThat(receiver.awaitHanging(30)).as("the receiver holds request 7").isTrue();
        first.interrupt(); // the app is killed while a request is in flight
        first.join(10_000);
        assertThat(ended.get()).isInstanceOf(InterruptedException.class);
        assertThat(outbox.counts().get(OutboxStatus.SENT)).as("one packet left in flight").isEqualTo(1);
        int acknowledgedBefore = outbox.counts().get(OutboxStatus.ACKNOWLEDGED);
        assertThat(acknowledgedBefore).isBetween(1, queued.size() - 1);
        database.close();

        database = ControlDatabase.embedded(data); // the restarted app, over the same control database
        outbox = new Outbox(database);
        worker(5).drain(Duration.ofSeconds(30));

        assertThat(outbox.counts()).containsEntry(OutboxStatus.ACKNOWLEDGED, queued.size());
        assertDeliveredExactlyOnceInOrder(queued);
        assertThat(receiver.duplicates()).as("the packet in flight was kept once, acknowledged as a duplicate")
                .isEqualTo(1);
    }

    @Test
    void aDayOfProgressDrainsInOrderAndReportsItsRate() throws Exception {
        List<OutboxEntry> queued = queueStatisticsAndProgress(0, 500, 6);

        long started = System.nanoTime();
        OutboxWorker.Report report = worker(3).drain(Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(report.acknowledged()).isEqualTo(queued.size());
        assertDeliveredExactlyOnceInOrder(queued);
        System.out.printf("outbox drain: %d packets in %.1f s, %.0f packets/s (one worker, H2, loopback HTTP)%n",
                queued.size(), seconds, queued.size() / seconds);
    }

    private List<OutboxEntry> queueStatisticsAndProgress(int organisations, int dossiers, int steps) {
        List<OutboxEntry> queued = new ArrayList<>();
        for (int step = 1; step <= steps; step++) { // interleaved, as progress arrives
            for (int d = 1; d <= dossiers; d++) {
                queued.add(outbox.enqueue(TestPackets.progress("H99-%04d".formatted(d), step), clock.instant()).entry());
            }
            if (step <= organisations) {
                queued.add(outbox.enqueue(TestPackets.statistics("000.00.00.H%02d".formatted(step), 10, step),
                        clock.instant()).entry());
            }
        }
        return queued;
    }

    private void assertDeliveredExactlyOnceInOrder(List<OutboxEntry> queued) {
        List<FaultInjectingReceiver.Accepted> accepted = receiver.accepted();
        assertThat(accepted).extracting(FaultInjectingReceiver.Accepted::idempotencyKey)
                .containsExactlyInAnyOrderElementsOf(queued.stream().map(OutboxEntry::idempotencyKey).toList());
        Map<String, String> payloadByKey = queued.stream()
                .collect(Collectors.toMap(OutboxEntry::idempotencyKey, OutboxEntry::payload));
        assertThat(accepted).allSatisfy(a -> assertThat(a.payload()).isEqualTo(payloadByKey.get(a.idempotencyKey())));
        Map<String, List<String>> queuedByDossier = byDossier(queued.stream()
                .filter(e -> e.packetType().equals("CapNhatTienDoHoSoMC"))
                .map(e -> Map.entry(e.subject(), e.idempotencyKey())).toList());
        Map<String, List<String>> acceptedByDossier = byDossier(accepted.stream().filter(a -> a.dossier() != null)
                .map(a -> Map.entry(a.dossier(), a.idempotencyKey())).toList());
        assertThat(acceptedByDossier).as("each dossier's progress in the order queued").isEqualTo(queuedByDossier);
    }

    private static Map<String, List<String>> byDossier(List<Map.Entry<String, String>> keys) {
        Map<String, List<String>> byDossier = new LinkedHashMap<>();
        keys.forEach(k -> byDossier.computeIfAbsent(k.getKey(), d -> new ArrayList<>()).add(k.getValue()));
        return byDossier;
    }

    private OutboxWorker worker(int maxAttempts) {
        return worker(maxAttempts, READ_TIMEOUT);
    }

    private OutboxWorker worker(int maxAttempts, Duration readTimeout) {
        NationalProperties settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "tthc.national.base-url", receiver.baseUrl(),
                "tthc.national.client-id", FaultInjectingReceiver.CLIENT_ID,
                "tthc.national.client-secret", FaultInjectingReceiver.CLIENT_SECRET,
                "tthc.national.read-timeout", readTimeout.toMillis() + "ms",
                "tthc.national.connect-timeout", "2s",
                "tthc.national.max-attempts", String.valueOf(maxAttempts),
                "tthc.national.initial-backoff", "5ms",
                "tthc.national.max-backoff", "50ms")))
                .bindOrCreate("tthc.national", NationalProperties.class);
        return new OutboxWorker(outbox, new NationalPortalClient(settings, clock), RetryPolicy.of(settings), clock);
    }
}

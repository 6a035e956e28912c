package org.tthc.api.bench;

import static org.tthc.api.control.db.Tables.NATIONAL_OUTBOX;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.NationalPortalClient;
import org.tthc.api.national.NationalProperties;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.OutboxPacket;
import org.tthc.api.national.OutboxStatus;
import org.tthc.api.national.OutboxWorker;
import org.tthc.api.national.RetryPolicy;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.packet.dvcqg.DossierSyncCodec;

/**
 * A large city's day of progress packets drained through the national outbox (issue 6: 300k CapNhatTienDoHoSoMC
 * packets): one worker, the embedded H2 control database, a loopback receiver ({@link LoopbackPortal}). Set-up queues
 * the packets as a day brings them — six steps each of {@code packets / 6} dossiers, step after step — through
 * {@link Outbox#enqueue}; each run re-arms them all and times the drain until every one is acknowledged, each
 * dossier's steps in order. Independent of the tier's data.
 */
public final class NationalDrainBenchmark implements Benchmark {
    public static final String NAME = "national-drain";
    private static final int STEPS = 6;
    private static final long PROGRESS_EVERY_SECONDS = 30;
    private static final String ORG = "000.00.12.H49";

    private final Path folder;
    private final int packets;
    private final Consumer<String> progress;
    private final Clock clock = Clock.systemUTC();
    private LoopbackPortal portal;
    private ControlDatabase database;
    private Outbox outbox;

    public NationalDrainBenchmark(Path scratch, int packets, Consumer<String> progress) {
        if (packets < STEPS) {
            throw new IllegalArgumentException("the drain needs at least " + STEPS + " packets, was " + packets);
        }
        this.folder = scratch.resolve(NAME);
        this.packets = packets - packets % STEPS;
        this.progress = progress;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "%,d progress packets drained through the outbox (one worker, H2, loopback)",
                packets);
    }

    @Override
    public void setUp() throws Exception {
        deleteFolder();
        portal = new LoopbackPortal();
        database = ControlDatabase.embedded(folder);
        outbox = new Outbox(database);
        DossierSyncCodec codec = new DossierSyncCodec();
        int dossiers = packets / STEPS;
        LocalDateTime day = LocalDateTime.of(2025, 10, 1, 7, 0);
        long start = System.nanoTime();
        for (int step = 1; step <= STEPS; step++) {
            for (int d = 1; d <= dossiers; d++) {
                String code = "%s-251001-%06d".formatted(ORG, d);
                DossierEvent event = new DossierEvent("bench", code, "event-" + step, day.plusHours(step)
                        .plusSeconds(d % 3600), StatusCode.of(step == 1 ? 2 : step == STEPS ? 9 : 4),
                        "cv.%04d".formatted(d % 1000), null, "Phòng " + (d % 20), "Bước " + step, null, null);
                outbox.enqueue(OutboxPacket.dossier("CapNhatTienDoHoSoMC", ORG, code, "/CapNhatTienDoHoSoMC",
                        codec.progressPacket(event)), clock.instant());
            }
            progress.accept(String.format(Locale.ROOT, "%s: queued step %d of %d (%,d packets, %.0f s, not timed)",
                    NAME, step, STEPS, step * dossiers, (System.nanoTime() - start) / 1e9));
        }
    }

    /** Every packet pending and due again, as re-armed; the receiver forgets what it saw. */
    @Override
    public void beforeEachRun() {
        database.dsl().update(NATIONAL_OUTBOX)
                .set(NATIONAL_OUTBOX.STATUS, OutboxStatus.PENDING.name())
                .set(NATIONAL_OUTBOX.ATTEMPTS, 0)
                .set(NATIONAL_OUTBOX.NEXT_ATTEMPT_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .setNull(NATIONAL_OUTBOX.ACKNOWLEDGED_AT)
                .execute();
        portal.forget();
    }

    @Override
    public String run() throws Exception {
        long start = System.nanoTime();
        // the drain of a large day takes many minutes: say how far it is, from the receiver's count
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, NAME + "-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> progress.accept(String.format(Locale.ROOT,
                "%s: %,d of %,d packets received (%.0f s)", NAME, portal.received(), packets,
                (System.nanoTime() - start) / 1e9)), PROGRESS_EVERY_SECONDS, PROGRESS_EVERY_SECONDS, TimeUnit.SECONDS);
        OutboxWorker.Report report;
        try {
            report = worker().drain(Duration.ofHours(3));
        } finally {
            ticker.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report.acknowledged() != packets || portal.outOfOrder() > 0) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s: %,d of %,d packets acknowledged, %,d"
                    + " received, %,d out of order", NAME, report.acknowledged(), packets, portal.received(),
                    portal.outOfOrder()));
        }
        return String.format(Locale.ROOT, "%,d packets, %.0f packets/s", packets, packets / seconds);
    }

    @Override
    public void tearDown() {
        if (portal != null) {
            portal.close();
        }
        if (database != null) {
            database.close();
        }
        deleteFolder();
    }

    private OutboxWorker worker() {
        NationalProperties settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "tthc.national.base-url", portal.baseUrl(),
                "tthc.national.client-id", "bench",
                "tthc.national.client-secret", "bench",
                "tthc.national.initial-backoff", "10ms",
                "tthc.national.max-backoff", "100ms")))
                .bindOrCreate("tthc.national", NationalProperties.class);
        return new OutboxWorker(outbox, new NationalPortalClient(settings, clock), RetryPolicy.of(settings), clock);
    }

    private void deleteFolder() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + folder, e);
        }
    }
}

package org.tthc.ingestion.push;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.tthc.domain.packet.dvcqg.DvcqgPacketReader;
import org.tthc.domain.packet.dvcqg.DvcqgRecordCollector;
import org.tthc.domain.packet.lgsp.LgspPacketReader;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.ingestion.ledger.IngestRun;
import org.tthc.ingestion.ledger.RunCounts;
import org.tthc.ingestion.ledger.RunLedger;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;

/**
 * Ingests one packet pushed over HTTP by another one-stop system: DongBoHoSoMC / CapNhatTienDoHoSoMC JSON (wrapped or
 * bare) or LGSP MSyncDocument / MDocumentTraces (XML or JSON), read by the same readers and validated by the same
 * rules as packet files, written in one {@link IngestBatch} as one run of the ledger (source {@code push}). Invalid
 * records go to quarantine with location {@code push:<pushId>}; the rest are merged, so pushing the same packet
 * twice changes nothing in the silver tables. The source system is the caller's authenticated one, never the body's.
 */
public final class PacketPush {
    public static final String SOURCE = "push";

    private final DeltaWarehouse warehouse;
    private final RunLedger ledger;
    private final Clock clock;
    private final ApplicantHasher hasher;

    public PacketPush(DeltaWarehouse warehouse, Clock clock, ApplicantHasher hasher) {
        this.warehouse = warehouse;
        this.ledger = new RunLedger(warehouse, clock);
        this.clock = clock;
        this.hasher = hasher;
    }

    /**
     * @param sourceSystem the authenticated source system: part of every record's identity
     * @param pushId       names the push in quarantine ({@code push:<pushId>}) and errors
     * @param body         the packet exactly as received
     * @throws RuntimeException when the body is no packet at all (broken JSON or XML); the run is recorded failed
     */
    public PushResult ingest(String sourceSystem, String pushId, byte[] body) {
        IngestRun run = ledger.start(SOURCE, sourceSystem);
        DvcqgRecordCollector collected = new DvcqgRecordCollector();
        try {
            String location = "push:" + pushId;
            if (isLgsp(body)) {
                new LgspPacketReader(sourceSystem, clock, hasher).read(new ByteArrayInputStream(body), location,
                        collected);
            } else {
                new DvcqgPacketReader(sourceSystem, clock, hasher).read(new ByteArrayInputStream(body), location, null,
                        collected);
            }
            IngestBatch batch = warehouse.openBatch(run.batchId(1));
            batch.addApplicants(collected.applicants());
            batch.addDossiers(collected.dossiers());
            batch.addEvents(collected.events());
            batch.addRejections(collected.rejections());
            batch.commit();
            IngestRun done = ledger.succeed(run, counts(collected), 0, 0, null);
            return new PushResult(done.runId(), collected.dossiers().size() + collected.events().size(),
                    collected.rejections().size(), collected.rejections().stream().map(PushedRecordProblem::of).toList());
        } catch (RuntimeException e) {
            ledger.fail(run, counts(collected), 0, 0, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /** XML is always LGSP; JSON is LGSP when it names an LGSP packet or its dossier code field (as for files). */
    static boolean isLgsp(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 64 * 1024), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        return head.startsWith("<") || head.contains("\"DocCode\"") || head.contains("\"MSyncDocument\"")
                || head.contains("\"MDocumentTraces\"");
    }

    /** A pushed packet is bounded by the endpoint's size limit, so its records are held in memory. */
    private static RunCounts counts(DvcqgRecordCollector collected) {
        long written = collected.dossiers().size() + collected.events().size();
        return new RunCounts(written + collected.rejections().size(), written, collected.rejections().size());
    }
}

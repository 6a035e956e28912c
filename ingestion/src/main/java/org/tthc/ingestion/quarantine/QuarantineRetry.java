package org.tthc.ingestion.quarantine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tthc.domain.TthcTime;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.packet.dvcqg.DvcqgPacketReader;
import org.tthc.domain.packet.lgsp.LgspPacketReader;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.quality.RecordRejection;
import org.tthc.ingestion.csv.CsvDossierReader;
import org.tthc.ingestion.csv.CsvMapping;
import org.tthc.ingestion.ledger.IngestRun;
import org.tthc.ingestion.ledger.RunCounts;
import org.tthc.ingestion.ledger.RunLedger;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;

/**
 * Re-reads quarantined records from their stored raw payloads through the current readers and, for CSV rows, the
 * current column mapping: records that now pass are written through an {@link IngestBatch} and marked resolved (the
 * quarantine row stays, with {@code resolved_at} and {@code resolved_by_run}); those still failing keep their row
 * with the reason the readers give now. One ledger run (source {@code retry}) per source system, since the source
 * system is part of each record's identity.
 * <p>
 * The reader is chosen from the stored record: a {@code .csv} location is a CSV row; a payload with {@code DocCode}
 * an LGSP record (XML ones are stored as JSON too); anything else a DVCQG record. Quarantined payloads hold the
 * applicant's identifiers only hashed or not at all, so a retried record brings no applicant hashes.
 */
public final class QuarantineRetry {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DeltaWarehouse warehouse;
    private final Quarantine quarantine;
    private final RunLedger ledger;
    private final Clock clock;
    private final CsvMapping csvMapping;

    /** @param csvMapping the (fixed) mapping for CSV rows, or null when none are retried */
    public QuarantineRetry(DeltaWarehouse warehouse, Clock clock, CsvMapping csvMapping) {
        this.warehouse = warehouse;
        this.quarantine = new Quarantine(warehouse);
        this.ledger = new RunLedger(warehouse, clock);
        this.clock = clock;
        this.csvMapping = csvMapping;
    }

    /** Retries every unresolved record. */
    public RetrySummary retryAll() {
        return retryRecords(quarantine.unresolved());
    }

    /** Retries the records with these ids; an unknown id is an error, a resolved one is left alone. */
    public RetrySummary retry(List<String> ids) {
        List<QuarantinedRecord> records = new ArrayList<>();
        for (String id : ids) {
            QuarantinedRecord record = quarantine.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "no quarantined record " + id + "; ./tthc quarantine list shows the ids"));
            if (!record.resolved()) {
                records.add(record);
            }
        }
        return retryRecords(records);
    }

    private RetrySummary retryRecords(List<QuarantinedRecord> records) {
        Map<String, List<QuarantinedRecord>> bySystem = new LinkedHashMap<>();
        for (QuarantinedRecord record : records) {
            if (isCsv(record) && csvMapping == null) {
                throw new IllegalArgumentException("record " + record.id() + " is a CSV row (" + record.location()
                        + "): give its column mapping (--csv-mapping FILE)");
            }
            bySystem.computeIfAbsent(String.valueOf(record.sourceSystem()), k -> new ArrayList<>()).add(record);
        }
        int resolved = 0;
        int failing = 0;
        List<String> runs = new ArrayList<>();
        for (Map.Entry<String, List<QuarantinedRecord>> group : bySystem.entrySet()) {
            Outcome outcome = retrySystem(group.getKey(), group.getValue());
            resolved += outcome.resolved;
            failing += outcome.failing;
            runs.add(outcome.runId);
        }
        return new RetrySummary(records.size(), resolved, failing, runs);
    }

    private record Outcome(String runId, int resolved, int failing) {
    }

    private Outcome retrySystem(String sourceSystem, List<QuarantinedRecord> records) {
        IngestRun run = ledger.start("retry", sourceSystem);
        Reread reread = new Reread();
        try {
            List<QuarantinedRecord> passing = new ArrayList<>();
            List<QuarantinedRecord> failing = new ArrayList<>();
            for (QuarantinedRecord record : records) {
                RecordRejection rejection = reread.read(sourceSystem, record);
                if (rejection == null) {
                    passing.add(record);
                } else {
                    failing.add(new QuarantinedRecord(record.id(), record.sourceSystem(), record.location(),
                            record.position(), record.recordKey(), rejection.field(), rejection.reason(),
                            record.rawPayload(), record.payloadSha256(), record.batchId(), record.quarantinedAt(),
                            null, null));
                }
            }
            IngestBatch batch = warehouse.openBatch(run.batchId(1));
            batch.addDossiers(reread.dossiers);
            batch.addEvents(reread.events);
            batch.commit();
            quarantine.markResolved(passing, run.runId(), LocalDateTime.now(clock.withZone(TthcTime.ZONE)));
            quarantine.updateReasons(failing);
            RunCounts counts = new RunCounts(records.size(), passing.size(), failing.size());
            ledger.succeed(run, counts, 0, 0, null);
            return new Outcome(run.runId(), passing.size(), failing.size());
        } catch (RuntimeException e) {
            ledger.fail(run, RunCounts.NONE, 0, 0, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private static boolean isCsv(QuarantinedRecord record) {
        return record.location() != null && record.location().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Reads one stored payload at a time; accepted records accumulate for the batch. */
    private final class Reread implements RecordVisitor {
        final List<DossierRecord> dossiers = new ArrayList<>();
        final List<DossierEvent> events = new ArrayList<>();
        private RecordRejection rejection;

        /** The rejection the current readers give, or null when the record now passes. */
        RecordRejection read(String sourceSystem, QuarantinedRecord record) {
            rejection = null;
            String location = record.location();
            String payload = record.rawPayload() == null ? "null" : record.rawPayload();
            try {
                JsonNode tree = JSON.readTree(payload);
                if (isCsv(record)) {
                    if (!(tree instanceof ObjectNode row)) {
                        return new RecordRejection(sourceSystem, location, record.position(), record.recordKey(),
                                null, "the stored CSV row is not a JSON object", payload);
                    }
                    new CsvDossierReader(sourceSystem, clock, csvMapping, null).readRow(row, location,
                            record.position(), this);
                } else if (tree.has("DocCode")) {
                    new LgspPacketReader(sourceSystem, clock, null).read(bytes(payload), location, this);
                } else {
                    new DvcqgPacketReader(sourceSystem, clock, null).read(bytes("[" + payload + "]"), location, null,
                            this);
                }
            } catch (java.io.IOException | RuntimeException e) {
                return new RecordRejection(sourceSystem, location, record.position(), record.recordKey(), null,
                        "the stored payload cannot be read: " + e.getMessage(), payload);
            }
            return rejection;
        }

        private ByteArrayInputStream bytes(String text) {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void dossier(DossierRecord dossier) {
            dossiers.add(dossier);
        }

        @Override
        public void event(DossierEvent event) {
            events.add(event);
        }

        @Override
        public void rejected(RecordRejection rejected) {
            rejection = rejected;
        }
    }
}

package org.tthc.ingestion.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DataSourceConnectionProvider;
import org.tthc.domain.TthcTime;
import org.tthc.domain.document.DocumentRecord;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.packet.wire.FieldProblem;
import org.tthc.domain.packet.wire.Mapped;
import org.tthc.domain.packet.wire.RecordDelivery;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.domain.personal.ApplicantIdentity;
import org.tthc.domain.personal.PersonalFields;
import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.quality.RecordRejection;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.ingestion.ledger.IngestRun;
import org.tthc.ingestion.ledger.RunCounts;
import org.tthc.ingestion.ledger.RunLedger;
import org.tthc.warehouse.delta.BatchResult;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.quality.QualityRuns;

/**
 * Pulls portal-lite's operational database into the warehouse incrementally: every row whose {@code change_seq} is
 * above the source's committed watermark and at most the highest one found at the start — dossiers (with their
 * supplement rounds), processing events, ratings, document metadata, and changed organisations and procedures.
 * Rows are checked as any source's records ({@link PortalRecords}); bad ones go to quarantine (location
 * {@code portal:<table>}, position the row id). Everything goes through one {@link IngestBatch}, whose MERGEs keep
 * the newest version (§8: a stale update never overwrites newer state); the watermark is committed in the run ledger
 * only after the batch, so a pull killed at any point is repeated from the last committed watermark, harmlessly.
 */
public final class PortalPull {
    /** The source-system name of portal-lite's records, and the value of {@code ./tthc ingest --source}. */
    public static final String SOURCE_SYSTEM = "portal";
    static final PersonalFields PERSONAL = new PersonalFields("applicant_id_number", "applicant_phone",
            "applicant_email", null, List.of("applicant_name"));
    private static final int CHUNK = 50_000;

    private final DeltaWarehouse warehouse;
    private final DSLContext portal;
    private final String sourceSystem;
    private final Clock clock;
    private final ApplicantHasher hasher;
    private final Consumer<String> progress;
    private final RunLedger ledger;
    private final ObjectMapper json = new ObjectMapper();

    /** @param hasher hashes applicants' identifiers into table {@code applicant}, or null to read none */
    public PortalPull(DeltaWarehouse warehouse, DSLContext portal, String sourceSystem, Clock clock,
                      ApplicantHasher hasher, Consumer<String> progress) {
        this.warehouse = warehouse;
        this.portal = portal;
        this.sourceSystem = sourceSystem;
        this.clock = clock;
        this.hasher = hasher;
        this.progress = progress;
        this.ledger = new RunLedger(warehouse, clock);
    }

    public PortalPullSummary pull() {
        Instant started = clock.instant();
        IngestRun run = ledger.start("portal", sourceSystem);
        Collector collected = null;
        long from = 0;
        try {
            from = ledger.watermark(sourceSystem).orElse(0);
            long to = PortalRows.highWatermark(portal);
            if (to <= from) {
                progress.accept("portal: nothing changed since change " + from);
                ledger.succeed(run, RunCounts.NONE, 0, 0, from);
                return new PortalPullSummary(run.runId(), from, from, 0, 0, 0, 0, 0, null,
                        Duration.between(started, clock.instant()));
            }
            progress.accept("portal: reading changes " + (from + 1) + ".." + to);
            PortalRows rows = new PortalRows(portal, from, to);
            List<Organisation> organisations = rows.organisations();
            if (!organisations.isEmpty()) {
                warehouse.upsertOrganisations(organisations);
            }
            List<Procedure> procedures = rows.procedures();
            if (!procedures.isEmpty()) {
                warehouse.upsertProcedures(procedures);
            }
            IngestBatch batch = warehouse.openBatch(run.batchId(1));
            collected = new Collector(batch);
            read(rows, collected);
            collected.flush();
            progress.accept("committing batch " + batch.batchId() + " (MERGE into silver tables)");
            BatchResult result = batch.commit();
            ledger.commitWatermark(run, to);
            progress.accept(QualityRuns.spark(warehouse, clock).afterLoad(run.runId()).summary());
            ledger.succeed(run, collected.counts(), 0, 0, to);
            return new PortalPullSummary(run.runId(), from, to, collected.dossiers, collected.events,
                    collected.ratings, collected.documents, collected.rejected, result,
                    Duration.between(started, clock.instant()));
        } catch (RuntimeException e) {
            RuntimeException failure = e instanceof DataAccessException access ? unreachable(access, from) : e;
            ledger.fail(run, collected == null ? RunCounts.NONE : collected.counts(), 0, 0,
                    String.valueOf(failure.getMessage()));
            throw failure;
        }
    }

    /**
     * The portal's database failed under the pull (it stopped, the network went): said in one line that names the
     * database and the driver's reason, without the SQL jOOQ puts first. Nothing of the pull was committed.
     */
    private IllegalStateException unreachable(DataAccessException e, long from) {
        Throwable root = e;
        String reason = null;
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            reason = reason == null ? t.getMessage() : reason;
            root = t;
        }
        String rootReason = root != e && root.getMessage() != null && !root.getMessage().equals(reason)
                ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "";
        return new IllegalStateException("the portal database " + describe(portal) + " failed during the pull: "
                + (reason == null ? e.getMessage() : reason) + rootReason + "; nothing was committed, the next pull"
                + " starts again after change " + from, e);
    }

    /** The portal database's JDBC URL where the pool tells it, else a plain name. */
    private static String describe(DSLContext portal) {
        if (portal.configuration().connectionProvider() instanceof DataSourceConnectionProvider provider
                && provider.dataSource() instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            return "at " + pool.getJdbcUrl();
        }
        return "(" + portal.dialect().getName() + ")";
    }

    private void read(PortalRows rows, Collector collected) {
        LocalDateTime futureLimit = LocalDateTime.now(clock.withZone(TthcTime.ZONE)).plusDays(1);
        PortalRecords records = new PortalRecords(sourceSystem);
        RecordDelivery dossiers = delivery("portal:dossiers", "code", collected);
        rows.dossiers(hasher != null, (row, rounds) -> dossiers.dossier(records.dossier(row, rounds, futureLimit), row,
                row.get("id").asLong()));
        RecordDelivery events = delivery("portal:processing_events", "dossier_code", collected);
        rows.events(row -> events.event(records.event(row, futureLimit), row, row.get("id").asLong()));
        RecordDelivery ratings = delivery("portal:ratings", "dossier_code", collected);
        rows.ratings(row -> deliver(records.rating(row, futureLimit), collected::rating, ratings, row));
        RecordDelivery documents = delivery("portal:documents", "dossier_code", collected);
        rows.documents(row -> deliver(records.document(row, futureLimit), collected::document, documents, row));
    }

    private RecordDelivery delivery(String location, String keyField, RecordVisitor visitor) {
        return new RecordDelivery(sourceSystem, location, keyField, PERSONAL, hasher, json, visitor);
    }

    private static <T> void deliver(Mapped<T> mapped, Consumer<T> accept, RecordDelivery delivery,
                                    com.fasterxml.jackson.databind.JsonNode row) {
        if (mapped.isAccepted()) {
            accept.accept(mapped.value());
        } else {
            delivery.reject(row, row.get("id").asLong(), mapped.problems().get(0).field(),
                    String.join("; ", mapped.problems().stream().map(FieldProblem::reason).toList()));
        }
    }

    /** Collects records into chunks and hands each full chunk to the batch's staging. */
    private static final class Collector implements RecordVisitor {
        private final IngestBatch batch;
        private List<DossierRecord> dossierChunk = new ArrayList<>();
        private List<DossierEvent> eventChunk = new ArrayList<>();
        private List<ApplicantIdentity> applicantChunk = new ArrayList<>();
        private List<RatingRecord> ratingChunk = new ArrayList<>();
        private List<DocumentRecord> documentChunk = new ArrayList<>();
        private List<RecordRejection> rejectionChunk = new ArrayList<>();
        private long dossiers;
        private long events;
        private long ratings;
        private long documents;
        private long rejected;

        Collector(IngestBatch batch) {
            this.batch = batch;
        }

        @Override
        public void applicant(ApplicantIdentity applicant) {
            applicantChunk.add(applicant);
        }

        @Override
        public void dossier(DossierRecord dossier) {
            dossierChunk.add(dossier);
            dossiers++;
            flushIfFull();
        }

        @Override
        public void event(DossierEvent event) {
            eventChunk.add(event);
            events++;
            flushIfFull();
        }

        void rating(RatingRecord rating) {
            ratingChunk.add(rating);
            ratings++;
            flushIfFull();
        }

        void document(DocumentRecord document) {
            documentChunk.add(document);
            documents++;
            flushIfFull();
        }

        @Override
        public void rejected(RecordRejection rejection) {
            rejectionChunk.add(rejection);
            rejected++;
            flushIfFull();
        }

        RunCounts counts() {
            return new RunCounts(dossiers + events + ratings + documents + rejected,
                    dossiers + events + ratings + documents, rejected);
        }

        private void flushIfFull() {
            if (dossierChunk.size() + eventChunk.size() + ratingChunk.size() + documentChunk.size()
                    + rejectionChunk.size() + applicantChunk.size() >= CHUNK) {
                flush();
            }
        }

        void flush() {
            if (!dossierChunk.isEmpty()) {
                batch.addDossiers(dossierChunk);
                dossierChunk = new ArrayList<>();
            }
            if (!eventChunk.isEmpty()) {
                batch.addEvents(eventChunk);
                eventChunk = new ArrayList<>();
            }
            if (!applicantChunk.isEmpty()) {
                batch.addApplicants(applicantChunk);
                applicantChunk = new ArrayList<>();
            }
            if (!ratingChunk.isEmpty()) {
                batch.addRatings(ratingChunk);
                ratingChunk = new ArrayList<>();
            }
            if (!documentChunk.isEmpty()) {
                batch.addDocuments(documentChunk);
                documentChunk = new ArrayList<>();
            }
            if (!rejectionChunk.isEmpty()) {
                batch.addRejections(rejectionChunk);
                rejectionChunk = new ArrayList<>();
            }
        }
    }
}

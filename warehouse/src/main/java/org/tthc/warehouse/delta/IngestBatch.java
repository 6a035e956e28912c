package org.tthc.warehouse.delta;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.tthc.domain.TthcTime;
import org.tthc.domain.document.DocumentRecord;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.personal.ApplicantIdentity;
import org.tthc.domain.quality.RecordRejection;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.warehouse.spark.SqlResource;

/**
 * One ingest batch: chunks of records are appended to Parquet staging tables under {@code root/_staging/{batchId}},
 * then {@link #commit()} merges them into the silver tables, one MERGE per table, and deletes the staging folder.
 *
 * <p>A crash before or during the commit is harmless: the MERGEs are idempotent, so a rerun of the same input (with
 * this or another batch id) reaches the same end state; staging folders of other batch ids are never read.
 */
public final class IngestBatch {
    private final DeltaWarehouse warehouse;
    private final SparkSession spark;
    private final String batchId;
    private final Path staging;
    private final StagedRows rows;
    private final Clock clock;
    private long arrival;
    private long dossiersStaged;
    private long eventsStaged;
    private long rejectionsStaged;
    private long applicantsStaged;
    private long ratingsStaged;
    private long documentsStaged;
    private boolean committed;
    private int files;
    private Future<?> inFlight;
    /** The table whose rows {@link #inFlight} stages. */
    private WarehouseTable inFlightTable;
    private final ExecutorService stagingThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ingest-staging");
        thread.setDaemon(true);
        return thread;
    });

    IngestBatch(DeltaWarehouse warehouse, String batchId, Path staging, StagedRows rows, Clock clock) {
        this.warehouse = warehouse;
        this.spark = warehouse.session();
        this.batchId = batchId;
        this.staging = staging;
        this.rows = rows;
        this.clock = clock;
    }

    public String batchId() {
        return batchId;
    }

    /** Stages a chunk of dossier records; of several versions of one dossier the newest will be kept (§8). */
    public synchronized void addDossiers(List<DossierRecord> records) {
        long first = reserveArrivals(records.size());
        stage(WarehouseTable.DOSSIER, "dossier", StagedRows.DOSSIER, records.size(),
                i -> rows.dossier(records.get(i), first + i));
        dossiersStaged += records.size();
    }

    /** Stages a chunk of events; an event already stored (same source system and event id) is skipped. */
    public synchronized void addEvents(List<DossierEvent> events) {
        long first = reserveArrivals(events.size());
        stage(WarehouseTable.DOSSIER_EVENT, "event", StagedRows.EVENT, events.size(),
                i -> rows.event(events.get(i), first + i));
        eventsStaged += events.size();
    }

    /** Stages a chunk of applicant hashes; of several for one dossier the last to arrive is kept. */
    public synchronized void addApplicants(List<ApplicantIdentity> applicants) {
        long first = reserveArrivals(applicants.size());
        stage(WarehouseTable.APPLICANT, "applicant", StagedRows.APPLICANT, applicants.size(),
                i -> rows.applicant(applicants.get(i), first + i));
        applicantsStaged += applicants.size();
    }

    /** Stages a chunk of ratings; of several versions of one dossier's rating the newest is kept (§8). */
    public synchronized void addRatings(List<RatingRecord> ratings) {
        long first = reserveArrivals(ratings.size());
        stage(WarehouseTable.RATING, "rating", StagedRows.RATING, ratings.size(),
                i -> rows.rating(ratings.get(i), first + i));
        ratingsStaged += ratings.size();
    }

    /** Stages a chunk of document metadata; of several versions of one document the newest is kept. */
    public synchronized void addDocuments(List<DocumentRecord> documents) {
        long first = reserveArrivals(documents.size());
        stage(WarehouseTable.DOCUMENT, "document", StagedRows.DOCUMENT, documents.size(),
                i -> rows.document(documents.get(i), first + i));
        documentsStaged += documents.size();
    }

    /** Stages a chunk of rejected records for quarantine. */
    public synchronized void addRejections(List<RecordRejection> rejections) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(TthcTime.ZONE));
        long first = reserveArrivals(rejections.size());
        stage(WarehouseTable.QUARANTINE, "rejection", StagedRows.REJECTION, rejections.size(),
                i -> rows.rejection(rejections.get(i), now, first + i));
        rejectionsStaged += rejections.size();
    }

    /**
     * Merges the staged data into the silver tables and deletes the staging folder. Order matters for crash
     * safety: supplement rounds are replaced before their dossier rows (see merge-dossier-supplement.sql), and
     * handling organisation codes are recorded after.
     */
    public BatchResult commit() {
        synchronized (warehouse.writeLock()) {
            synchronized (this) {
                if (committed) {
                    throw new IllegalStateException("batch " + batchId + " is already committed");
                }
                committed = true;
                try {
                    awaitStaging();
                    BatchResult result = mergeStaged();
                    DeltaWarehouse.deleteRecursively(staging);
                    return result;
                } finally {
                    stagingThread.shutdown();
                    for (String view : List.of("staged_dossier", "staged_event", "staged_rejection", "staged_applicant",
                            "staged_rating", "staged_document", "incoming_dossier")) {
                        spark.catalog().dropTempView(view);
                    }
                }
            }
        }
    }

    private BatchResult mergeStaged() {
        long distinct = 0;
        long inserted = 0;
        long updated = 0;
        long orgUnknown = 0;
        long procedureUnknown = 0;
        if (dossiersStaged > 0) {
            stagedView("dossier", "staged_dossier", StagedRows.DOSSIER);
            // The newest version of each dossier, written once: the two MERGEs below read it three times (the
            // supplement MERGE once, the dossier MERGE twice: to find the files it touches, then to rewrite them),
            // and recomputing the window over every staged row each time was most of a large batch's commit.
            String incoming = staging.resolve("incoming-dossier").toString();
            staging(WarehouseTable.DOSSIER, () -> spark.sql(SqlResource.load(IngestBatch.class, "incoming-dossier.sql"))
                    .write().mode("overwrite").parquet(incoming));
            spark.read().parquet(incoming).createOrReplaceTempView("incoming_dossier");
            Row counts = spark.sql("SELECT count(*) AS distinct_dossiers, count_if(org_unknown) AS org_unknown,"
                    + " count_if(procedure_unknown) AS procedure_unknown FROM incoming_dossier").first();
            distinct = counts.getLong(0);
            orgUnknown = counts.getLong(1);
            procedureUnknown = counts.getLong(2);
            warehouse.merge(WarehouseTable.DOSSIER_SUPPLEMENT, "merge-dossier-supplement.sql");
            Row merged = warehouse.merge(WarehouseTable.DOSSIER, "merge-dossier.sql");
            inserted = merged.<Long>getAs("num_inserted_rows");
            updated = merged.<Long>getAs("num_updated_rows");
            warehouse.recordNewHandlingOrgCodes();
        }
        long eventsInserted = 0;
        if (eventsStaged > 0) {
            stagedView("event", "staged_event", StagedRows.EVENT);
            eventsInserted = warehouse.merge(WarehouseTable.DOSSIER_EVENT, "merge-dossier-event.sql")
                    .<Long>getAs("num_inserted_rows");
        }
        if (applicantsStaged > 0) {
            stagedView("applicant", "staged_applicant", StagedRows.APPLICANT);
            warehouse.merge(WarehouseTable.APPLICANT, "merge-applicant.sql");
        }
        if (ratingsStaged > 0) {
            stagedView("rating", "staged_rating", StagedRows.RATING);
            warehouse.merge(WarehouseTable.RATING, "merge-rating.sql");
        }
        if (documentsStaged > 0) {
            stagedView("document", "staged_document", StagedRows.DOCUMENT);
            warehouse.merge(WarehouseTable.DOCUMENT, "merge-document.sql");
        }
        long quarantined = 0;
        if (rejectionsStaged > 0) {
            stagedView("rejection", "staged_rejection", StagedRows.REJECTION);
            quarantined = warehouse.merge(WarehouseTable.QUARANTINE, "merge-quarantine.sql")
                    .<Long>getAs("num_inserted_rows");
        }
        return new BatchResult(batchId, dossiersStaged, inserted, updated, distinct - inserted - updated,
                orgUnknown, procedureUnknown,
                eventsStaged, eventsInserted, rejectionsStaged, quarantined);
    }

    private long reserveArrivals(int count) {
        long first = arrival;
        arrival += count;
        return first;
    }

    /**
     * Builds the chunk's rows and writes them as one Parquet file on the staging thread, while the caller reads the
     * next chunk; one chunk is in flight at most, which bounds memory to two chunks. A failed write surfaces at the
     * next call.
     */
    private void stage(WarehouseTable table, String kind, StructType schema, int size, IntFunction<Row> row) {
        if (committed) {
            throw new IllegalStateException("batch " + batchId + " is already committed");
        }
        if (size == 0) {
            return;
        }
        awaitStaging();
        Path file = staging.resolve(kind).resolve(String.format(Locale.ROOT, "part-%05d.parquet", files++));
        inFlightTable = table;
        inFlight = stagingThread.submit(() -> {
            List<Row> chunk = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                chunk.add(row.apply(i));
            }
            Files.createDirectories(file.getParent());
            StagingParquet.write(file, schema, chunk);
            return null;
        });
    }

    private void awaitStaging() {
        if (inFlight == null) {
            return;
        }
        Future<?> chunk = inFlight;
        inFlight = null;
        staging(inFlightTable, () -> {
            try {
                chunk.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while staging batch " + batchId, e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("staging batch " + batchId + " failed: " + e.getCause().getMessage(),
                        e.getCause());
            }
        });
    }

    /** Runs {@code write}, which stages rows of {@code table}, through {@link DeltaWarehouse#writing}. */
    private void staging(WarehouseTable table, Runnable write) {
        warehouse.writing(table, "staging batch " + batchId + " for table " + table.relativePath(), () -> {
            write.run();
            return null;
        });
    }

    private void stagedView(String kind, String view, StructType schema) {
        Path path = staging.resolve(kind);
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("staged " + kind + " data of batch " + batchId + " is missing at " + path);
        }
        spark.read().schema(schema).parquet(path.toString()).createOrReplaceTempView(view);
    }
}

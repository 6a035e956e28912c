package org.tthc.ingestion.packetfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.tthc.domain.catalogue.OrganisationsJson;
import org.tthc.domain.catalogue.SuccessionsJson;
import org.tthc.domain.catalogue.ProceduresJson;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.packet.dvcqg.DvcqgPacketReader;
import org.tthc.domain.packet.wire.RecordVisitor;
import org.tthc.domain.packet.lgsp.LgspPacketReader;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.domain.personal.ApplicantIdentity;
import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.quality.RecordRejection;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.ingestion.csv.CsvDossierReader;
import org.tthc.ingestion.csv.CsvMapping;
import org.tthc.ingestion.ledger.FileFingerprint;
import org.tthc.ingestion.ledger.IngestRun;
import org.tthc.ingestion.ledger.RunCounts;
import org.tthc.ingestion.ledger.RunLedger;
import org.tthc.warehouse.delta.BatchResult;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.quality.QualityRuns;

/**
 * Reads packet files — DongBoHoSoMC / CapNhatTienDoHoSoMC JSON, the 2018 LGSP packets MSyncDocument /
 * MDocumentTraces in XML or JSON (recognised by {@link LgspPacketReader#isLgspFile}), rating files ({@code {"ratings":[…]}},
 * {@link RatingFileReader}), and, given a
 * {@link CsvMapping}, CSV exports of another one-stop system ({@code *.csv}) — (and the {@code organisations.json}, {@code successions.json}
 * and {@code procedures.json} catalogues beside them) into the warehouse in one batch: records stream from the files
 * in chunks into staging, and one MERGE per table at the end makes the run idempotent — ingesting the same files
 * again changes nothing. Invalid records go to quarantine with file, position, field and reason; the rest proceed.
 * The run ends with the data-quality checks over the whole warehouse, stored in {@code gold/quality_result} with the
 * batch id.
 * <p>
 * With an {@link ApplicantHasher}, the applicants' ID numbers, phones and emails reach staging only as keyed hashes
 * (table {@code applicant}); without one they are not read. Either way quarantined payloads never hold them.
 */
public final class PacketFileIngestion {
    public static final String ORGANISATIONS_FILE = "organisations.json";
    public static final String PROCEDURES_FILE = "procedures.json";
    public static final String SUCCESSIONS_FILE = "successions.json";
    private static final int CHUNK = 50_000;
    public static final long DEFAULT_COMMIT_EVERY = 1_000_000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private final DeltaWarehouse warehouse;
    private final DvcqgPacketReader reader;
    private final LgspPacketReader lgspReader;
    private final CsvDossierReader csvReader;
    private final RatingFileReader ratingReader;
    private final Clock clock;
    private final Consumer<String> progress;
    private final String sourceSystem;
    private final RunLedger ledger;
    private long commitEvery = DEFAULT_COMMIT_EVERY;

    /** An ingestion that reads no personal data (and no CSV). */
    public PacketFileIngestion(DeltaWarehouse warehouse, String sourceSystem, Clock clock, Consumer<String> progress) {
        this(warehouse, sourceSystem, clock, null, null, progress);
    }

    /**
     * @param hasher     hashes applicants' identifiers into table {@code applicant}, or null to read none
     * @param csvMapping how {@code *.csv} inputs map to canonical records, or null when there are none
     */
    public PacketFileIngestion(DeltaWarehouse warehouse, String sourceSystem, Clock clock, ApplicantHasher hasher,
                               CsvMapping csvMapping, Consumer<String> progress) {
        this.warehouse = warehouse;
        this.reader = new DvcqgPacketReader(sourceSystem, clock, hasher);
        this.lgspReader = new LgspPacketReader(sourceSystem, clock, hasher);
        this.csvReader = csvMapping == null ? null : new CsvDossierReader(sourceSystem, clock, csvMapping, hasher);
        this.ratingReader = new RatingFileReader(sourceSystem, clock);
        this.clock = clock;
        this.progress = progress;
        this.sourceSystem = sourceSystem;
        this.ledger = new RunLedger(warehouse, clock);
    }

    /**
     * Commits a batch whenever this many records are staged, at the next file boundary (default
     * {@value #DEFAULT_COMMIT_EVERY}): the files of a committed batch are recorded in the ledger, so a run killed
     * later resumes after them. Smaller values lose less work to a crash, larger ones merge less often.
     */
    public PacketFileIngestion commitEvery(long records) {
        if (records < 1) {
            throw new IllegalArgumentException("commit interval must be at least one record, was " + records);
        }
        this.commitEvery = records;
        return this;
    }

    /**
     * Ingests files and folders (a folder: every {@code *.json} and {@code *.xml} in it, and {@code *.csv} when a CSV
     * mapping is given, sorted by name, recursively) as one run of the ledger. A file already committed from this
     * source system with the same path, size and SHA-256 is skipped; the others are read, their records staged and
     * merged in batches of about {@link #commitEvery} records, and each file recorded in the ledger once its batch is
     * committed. A run that fails is recorded as failed and the failure rethrown.
     */
    public IngestionSummary ingest(List<Path> inputs) {
        Instant started = clock.instant();
        IngestRun run = ledger.start(csvReader == null ? "files" : "csv", sourceSystem);
        Chunks chunks = null;
        Commits commits = new Commits(run);
        try {
            List<Path> packetFiles = new ArrayList<>();
            List<Organisation> organisations = new ArrayList<>();
            List<OrganisationSuccession> successions = new ArrayList<>();
            List<Procedure> procedures = new ArrayList<>();
            for (Path file : expand(inputs, csvReader != null)) {
                String name = file.getFileName().toString();
                if (name.equals(ORGANISATIONS_FILE)) {
                    organisations.addAll(OrganisationsJson.read(file));
                } else if (name.equals(SUCCESSIONS_FILE)) {
                    successions.addAll(SuccessionsJson.read(file));
                } else if (name.equals(PROCEDURES_FILE)) {
                    procedures.addAll(ProceduresJson.read(file));
                } else {
                    packetFiles.add(file);
                }
            }
            if (!organisations.isEmpty() || !successions.isEmpty()) {
                warehouse.upsertOrganisations(organisations, successions);
            }
            if (!procedures.isEmpty()) {
                progress.accept("procedure catalogue: " + procedures.size() + " procedures");
                warehouse.upsertProcedures(procedures);
            }
            Map<String, FileFingerprint> committed = ledger.committedFiles(sourceSystem);
            chunks = new Chunks(commits.open(), started);
            int position = 0;
            for (Path file : packetFiles) {
                position++;
                FileFingerprint fingerprint = FileFingerprint.of(file);
                if (fingerprint.equals(committed.get(fingerprint.path()))) {
                    commits.skipped++;
                    progress.accept(String.format(Locale.ROOT, "skipping %s (%d/%d): committed before, unchanged",
                            file.getFileName(), position, packetFiles.size()));
                    continue;
                }
                progress.accept(String.format(Locale.ROOT, "reading %s (%d/%d)", file.getFileName(), position,
                        packetFiles.size()));
                chunks.currentFile = file;
                readPacketFile(file, chunks);
                commits.read(fingerprint);
                if (chunks.stagedSinceCommit >= commitEvery) {
                    chunks.flush();
                    chunks.batch = commits.commitAndReopen();
                    chunks.stagedSinceCommit = 0;
                }
            }
            chunks.flush();
            commits.commit();
            progress.accept(QualityRuns.spark(warehouse, clock).afterLoad(run.runId()).summary());
            ledger.succeed(run, counts(chunks), commits.files, commits.skipped, null);
            return new IngestionSummary(packetFiles.size(), chunks.read, chunks.dossiersAccepted, chunks.eventsAccepted,
                    chunks.rejected, organisations.size(), BatchResult.sum(run.runId(), commits.results),
                    Duration.between(started, clock.instant()), run.runId(), commits.skipped);
        } catch (RuntimeException e) {
            ledger.fail(run, counts(chunks), commits.files, commits.skipped, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private static RunCounts counts(Chunks chunks) {
        return chunks == null ? RunCounts.NONE
                : new RunCounts(chunks.read, chunks.dossiersAccepted + chunks.eventsAccepted + chunks.ratingsAccepted,
                        chunks.rejected);
    }

    /** The run's batches: the open one, the files read into it, and what the committed ones changed. */
    private final class Commits {
        private final IngestRun run;
        private final List<FileFingerprint> pending = new ArrayList<>();
        private final List<BatchResult> results = new ArrayList<>();
        private IngestBatch batch;
        private int batches;
        private int files;
        private int skipped;

        Commits(IngestRun run) {
            this.run = run;
        }

        IngestBatch open() {
            batch = warehouse.openBatch(run.batchId(++batches));
            return batch;
        }

        void read(FileFingerprint file) {
            pending.add(file);
        }

        /** Merges the open batch, then records its files: a crash between the two only means reading them again. */
        void commit() {
            progress.accept("committing batch " + batch.batchId() + " (MERGE into silver tables)");
            results.add(batch.commit());
            ledger.recordFiles(run, batch.batchId(), pending);
            files += pending.size();
            progress.accept("committed batch " + batch.batchId() + ": " + pending.size() + " file(s) recorded");
            pending.clear();
        }

        IngestBatch commitAndReopen() {
            commit();
            return open();
        }
    }

    private void readPacketFile(Path file, Chunks chunks) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            if (csvReader == null) {
                throw new IllegalArgumentException(file + " is a CSV file: give its column mapping (--csv-mapping)");
            }
            csvReader.read(file, chunks);
        } else if (RatingFileReader.isRatingFile(file)) {
            ratingReader.read(file, chunks::rating, chunks);
        } else if (LgspPacketReader.isLgspFile(file)) {
            lgspReader.read(file, chunks);
        } else {
            reader.read(file, chunks);
        }
    }

    private static List<Path> expand(List<Path> inputs, boolean withCsv) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> isPacketFile(p.getFileName().toString(), withCsv))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
        }
        return files;
    }

    private static boolean isPacketFile(String name, boolean withCsv) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".xml") || (withCsv && lower.endsWith(".csv"));
    }

    /** Collects records into chunks and hands each full chunk to the batch's staging. */
    private final class Chunks implements RecordVisitor {
        private IngestBatch batch;
        private final Instant started;
        private long stagedSinceCommit;
        private List<DossierRecord> dossiers = new ArrayList<>();
        private List<DossierEvent> events = new ArrayList<>();
        private List<RecordRejection> rejections = new ArrayList<>();
        private List<ApplicantIdentity> applicants = new ArrayList<>();
        private List<RatingRecord> ratings = new ArrayList<>();
        private Instant lastProgress;
        private Path currentFile;
        private long read;
        private long dossiersAccepted;
        private long eventsAccepted;
        private long ratingsAccepted;
        private long rejected;

        Chunks(IngestBatch batch, Instant started) {
            this.batch = batch;
            this.started = started;
            this.lastProgress = started;
        }

        @Override
        public void applicant(ApplicantIdentity applicant) {
            applicants.add(applicant);
        }

        @Override
        public void dossier(DossierRecord dossier) {
            dossiers.add(dossier);
            dossiersAccepted++;
            recordRead();
        }

        @Override
        public void event(DossierEvent event) {
            events.add(event);
            eventsAccepted++;
            recordRead();
        }

        void rating(RatingRecord rating) {
            ratings.add(rating);
            ratingsAccepted++;
            recordRead();
        }

        @Override
        public void rejected(RecordRejection rejection) {
            rejections.add(rejection);
            rejected++;
            if (rejected <= 20) {
                progress.accept("quarantined: " + rejection.describe() + (rejected == 20 ? " (further ones not shown)" : ""));
            }
            recordRead();
        }

        private void recordRead() {
            read++;
            stagedSinceCommit++;
            if (dossiers.size() >= CHUNK || events.size() >= CHUNK || rejections.size() >= CHUNK
                    || applicants.size() >= CHUNK || ratings.size() >= CHUNK) {
                flush();
            }
            Instant now = clock.instant();
            if (Duration.between(lastProgress, now).compareTo(PROGRESS_EVERY) >= 0) {
                lastProgress = now;
                double seconds = Math.max(0.001, Duration.between(started, now).toMillis() / 1000.0);
                progress.accept(String.format(java.util.Locale.ROOT, "%s: %,d records read (%,.0f/s), %,d quarantined",
                        currentFile.getFileName(), read, read / seconds, rejected));
            }
        }

        void flush() {
            if (!dossiers.isEmpty()) {
                batch.addDossiers(dossiers);
                dossiers = new ArrayList<>();
            }
            if (!events.isEmpty()) {
                batch.addEvents(events);
                events = new ArrayList<>();
            }
            if (!rejections.isEmpty()) {
                batch.addRejections(rejections);
                rejections = new ArrayList<>();
            }
            if (!applicants.isEmpty()) {
                batch.addApplicants(applicants);
                applicants = new ArrayList<>();
            }
            if (!ratings.isEmpty()) {
                batch.addRatings(ratings);
                ratings = new ArrayList<>();
            }
        }
    }
}

package org.tthc.warehouse.delta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationCodeScheme;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.organisation.SuccessionKind;
import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.statistics.StatusBuckets;
import org.tthc.domain.statistics.SupplementDueDates;
import org.tthc.warehouse.spark.SqlResource;
import scala.Option;

/**
 * The warehouse's Delta tables under one root folder ({@code root/silver/dossier}, …, see {@link WarehouseTable}),
 * and the writes into them. Writes are MERGEs keyed on the records' identities, so repeating one changes nothing.
 *
 * <p>The warehouse works in its own Spark session (a {@link SparkSession#newSession() child} of the one given:
 * same Spark context, own temporary views), where every table is a view of its name: SQL reads {@code FROM dossier}.
 * One writer per root: writes of one instance are serialised.
 */
public final class DeltaWarehouse {
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final SparkSession spark;
    private final Path root;
    private final Clock clock;
    private final SupplementDueDates dueDates = new SupplementDueDates(WorkingCalendar.vietnam());
    private final Object writeLock = new Object();
    /** The version of each table last seen by {@link #tableVersions(Set)}, probed forward from there. */
    private final Map<WarehouseTable, Long> knownVersions = new ConcurrentHashMap<>();

    public DeltaWarehouse(SparkSession spark, Path root) {
        this(spark, root, Clock.systemUTC());
    }

    /** @param clock stamps quarantined records ({@code quarantined_at}, a local time of Asia/Ho_Chi_Minh) */
    public DeltaWarehouse(SparkSession spark, Path root, Clock clock) {
        this.spark = spark.newSession();
        // Staged sources are immutable Parquet files and Delta snapshots: MERGE need not copy them first.
        this.spark.conf().set("spark.databricks.delta.merge.materializeSource", "none");
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        boolean handlingCodesAreNew = false;
        for (WarehouseTable table : WarehouseTable.values()) {
            boolean created = createIfAbsent(table);
            handlingCodesAreNew |= created && table == WarehouseTable.HANDLING_ORG_CODE;
            registerView(table);
        }
        loadStatusBuckets();
        if (handlingCodesAreNew) {
            // A warehouse from before the table existed: its dossiers' codes are recorded once, here.
            appendHandlingOrgCodes("SELECT DISTINCT handling_org_code FROM dossier WHERE handling_org_code IS NOT NULL");
        }
    }

    /** The warehouse's session, where each table is a view of its name. */
    public SparkSession session() {
        return spark;
    }

    public Path root() {
        return root;
    }

    public Path tablePath(WarehouseTable table) {
        return root.resolve(table.relativePath());
    }

    public Dataset<Row> table(WarehouseTable table) {
        return spark.table(table.tableName());
    }

    public long count(WarehouseTable table) {
        return table(table).count();
    }

    /**
     * Starts staging a batch. Staged data lives under {@code root/_staging/{batchId}} until {@link IngestBatch#commit}
     * merges it; anything left there by an earlier, unfinished attempt with the same id is discarded first.
     */
    public IngestBatch openBatch(String batchId) {
        if (batchId == null || !BATCH_ID.matcher(batchId).matches()) {
            throw new IllegalArgumentException("batch id must be 1 to 128 letters, digits, '.', '_' or '-' "
                    + "starting with a letter or digit, was '" + batchId + "'");
        }
        Path staging = root.resolve("_staging").resolve(batchId);
        deleteRecursively(staging);
        return new IngestBatch(this, batchId, staging, new StagedRows(dueDates, batchId), clock);
    }

    /**
     * Deletes the staging folders of every batch whose id starts with {@code batchIdPrefix}: what an interrupted run
     * left behind (its batches were never committed, so nothing reads them).
     */
    public void discardStaging(String batchIdPrefix) {
        Path staging = root.resolve("_staging");
        if (!Files.isDirectory(staging)) {
            return;
        }
        try (var folders = Files.list(staging)) {
            folders.filter(f -> f.getFileName().toString().startsWith(batchIdPrefix))
                    .forEach(DeltaWarehouse::deleteRecursively);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + staging, e);
        }
    }

    /** {@link #upsertOrganisations(Collection, Collection)} without successions. */
    public void upsertOrganisations(Collection<Organisation> organisations) {
        upsertOrganisations(organisations, List.of());
    }

    /**
     * Adds organisation versions and successions: a version replaces the stored one of the same code and
     * {@code validFrom}, a succession the stored one of the same predecessor, successor and date. Both tables are
     * small: they are computed whole, in Java, and rewritten only when they differ from what is stored. The result
     * must be a valid {@link OrganisationCatalogue} (one primary successor per predecessor and date), else nothing
     * is written.
     */
    public void upsertOrganisations(Collection<Organisation> organisations,
                                    Collection<OrganisationSuccession> successions) {
        synchronized (writeLock) {
            OrganisationCatalogue stored = catalogue();
            // incoming first: OrganisationCatalogue keeps the first of equal keys
            List<Organisation> versions = new ArrayList<>(organisations);
            versions.addAll(stored.versions());
            List<OrganisationSuccession> crosswalk = new ArrayList<>(successions);
            crosswalk.addAll(stored.successions());
            OrganisationCatalogue catalogue = new OrganisationCatalogue(versions, crosswalk);
            replaceIfDifferent(WarehouseTable.ORG, catalogue.versions().stream().map(DeltaWarehouse::organisationRow).toList());
            replaceIfDifferent(WarehouseTable.ORG_SUCCESSION,
                    catalogue.successions().stream().map(DeltaWarehouse::successionRow).toList());
        }
    }

    /** The stored organisations: every version and the successions. */
    public OrganisationCatalogue catalogue() {
        return catalogue(latest());
    }

    /** The organisations stored in the snapshot's versions of {@code org} and {@code org_succession}. */
    public OrganisationCatalogue catalogue(TableSnapshot snapshot) {
        List<Organisation> versions = spark.table(snapshot.viewName(WarehouseTable.ORG)).collectAsList().stream()
                .map(DeltaWarehouse::organisation).toList();
        List<OrganisationSuccession> successions = spark.table(snapshot.viewName(WarehouseTable.ORG_SUCCESSION))
                .collectAsList().stream()
                .map(r -> new OrganisationSuccession(r.getAs("predecessor_code"), r.getAs("successor_code"),
                        r.<LocalDate>getAs("effective_date"), SuccessionKind.valueOf(r.getAs("kind")),
                        r.<Boolean>getAs("is_primary")))
                .toList();
        return new OrganisationCatalogue(versions, successions);
    }

    /** Every handling organisation code of a stored dossier. */
    public List<String> handlingOrgCodes() {
        return handlingOrgCodes(latest());
    }

    /** Every handling organisation code of a dossier stored in the snapshot's version of the table. */
    public List<String> handlingOrgCodes(TableSnapshot snapshot) {
        return spark.table(snapshot.viewName(WarehouseTable.HANDLING_ORG_CODE)).collectAsList().stream()
                .map(r -> r.getString(0)).toList();
    }

    /** Every table at its latest version, under its own view (nothing to drop when closed). */
    public TableSnapshot latest() {
        Map<WarehouseTable, String> names = new EnumMap<>(WarehouseTable.class);
        for (WarehouseTable table : WarehouseTable.values()) {
            names.put(table, table.tableName());
        }
        return new TableSnapshot(spark, names, Map.of(), false);
    }

    /**
     * The given tables at the given Delta versions, each under a view of its own for this job
     * ({@code SELECT * FROM delta.`path` VERSION AS OF n}), dropped when the snapshot is closed. Whatever is written
     * to the tables afterwards, reads through the snapshot see exactly those versions (Delta time travel, as long as
     * the versions' files are not vacuumed).
     */
    public TableSnapshot pin(Map<WarehouseTable, Long> versions) {
        String job = UUID.randomUUID().toString().replace("-", "");
        Map<WarehouseTable, String> names = new EnumMap<>(WarehouseTable.class);
        try {
            for (Map.Entry<WarehouseTable, Long> pinned : versions.entrySet()) {
                String name = pinned.getKey().tableName() + "_v" + pinned.getValue() + "_" + job;
                // the version is a long, the path quoted as an identifier as in registerView
                spark.sql("CREATE TEMPORARY VIEW " + name + " AS SELECT * FROM delta." + quotedPath(pinned.getKey())
                        + " VERSION AS OF " + pinned.getValue().longValue());
                names.put(pinned.getKey(), name);
            }
        } catch (RuntimeException e) {
            names.values().forEach(spark.catalog()::dropTempView);
            throw e;
        }
        return new TableSnapshot(spark, names, versions, true);
    }

    /**
     * {@code read} over the tables' latest versions when no commit to the tables of {@code versions} landed while it
     * ran, so that it read exactly {@code versions}; otherwise {@code read} again over {@code versions} pinned
     * ({@link #pin}). For answers kept under the versions they were computed from: the tables' own views are the cheap
     * way to read, time travel the exact one.
     */
    public <T> T readAt(Map<WarehouseTable, Long> versions, Function<TableSnapshot, T> read) {
        T answer = read.apply(latest());
        if (tableVersions(versions.keySet()).equals(versions)) {
            return answer;
        }
        try (TableSnapshot pinned = pin(versions)) {
            return read.apply(pinned);
        }
    }

    /** The current Delta version of every table. */
    public Map<WarehouseTable, Long> tableVersions() {
        return tableVersions(EnumSet.allOf(WarehouseTable.class));
    }

    /**
     * The current Delta version of each of {@code tables}, commits of other processes included. The first time a table
     * is asked for, its version comes from the Delta log ({@code DeltaLog.update}: a listing of the log, a Hadoop
     * configuration copied under a lock; a few milliseconds) rather than from {@code DeltaTable.history}, which runs
     * a Spark job per table (1.3–2 s for all seventeen). After that, the version known is probed forward: Delta
     * writes commit {@code n} as the file {@code _delta_log/n.json} (zero-padded to 20 digits), atomically and only
     * after {@code n-1}, so the table is at version {@code v} exactly when {@code v+1.json} does not exist: one
     * file-status call per table (microseconds: the warehouse lives on a local or mounted file system) when nothing
     * changed.
     * Relies on a table never being deleted and re-created in place, which nothing here does.
     */
    public Map<WarehouseTable, Long> tableVersions(Set<WarehouseTable> tables) {
        Map<WarehouseTable, Long> versions = new EnumMap<>(WarehouseTable.class);
        for (WarehouseTable table : tables) {
            versions.put(table, knownVersions.compute(table, (t, known) -> known == null ? logVersion(t)
                    : probedForward(t, known)));
        }
        return versions;
    }

    private long logVersion(WarehouseTable table) {
        DeltaLog log = DeltaLog.forTable(spark, new org.apache.hadoop.fs.Path(tablePath(table).toString()));
        return log.update(false, Option.empty(), Option.empty()).version();
    }

    private long probedForward(WarehouseTable table, long known) {
        Path logFolder = tablePath(table).resolve("_delta_log");
        long version = known;
        while (Files.exists(logFolder.resolve(String.format("%020d.json", version + 1)))) {
            version++;
        }
        return version;
    }

    /**
     * Adds or replaces procedures of the catalogue ({@code procedures.json}) by code. The table is small: it is
     * computed whole, in Java, and rewritten only when it differs from what is stored.
     */
    public void upsertProcedures(Collection<Procedure> procedures) {
        synchronized (writeLock) {
            Map<String, Row> byCode = new TreeMap<>();
            table(WarehouseTable.PROCEDURE).collectAsList().forEach(row -> byCode.put(row.getAs("code"), row));
            for (Procedure p : procedures) {
                byCode.put(p.code(), RowFactory.create(p.code(), p.name(), p.onlineServiceLevel(), p.processingTime(),
                        p.processingTimeUnit().name()));
            }
            replaceIfDifferent(WarehouseTable.PROCEDURE, List.copyOf(byCode.values()));
        }
    }

    /**
     * Runs {@code write}, a write into {@code table}; when the data folder is full, fails with a
     * {@link DataFolderFullException} naming the folder, the table and the version the table is at. Every write into
     * a warehouse table goes through here.
     */
    public <T> T writing(WarehouseTable table, Supplier<T> write) {
        return writing(table, "writing table " + table.relativePath(), write);
    }

    /** {@link #writing(WarehouseTable, Supplier)} of a write that returns nothing. */
    public void writing(WarehouseTable table, Runnable write) {
        writing(table, () -> {
            write.run();
            return null;
        });
    }

    /** {@link #writing(WarehouseTable, Supplier)}, the write described by {@code description} in the message. */
    <T> T writing(WarehouseTable table, String description, Supplier<T> write) {
        long before = tableVersions(Set.of(table)).get(table);
        try {
            return write.get();
        } catch (Throwable e) {
            // Spark throws its SparkException (checked, undeclared) around the task's failure, Hadoop's local file
            // system an FSError (an Error) around the IOException; rethrown as they are unless the disk is full.
            if (!DataFolderFullException.isDiskFull(e)) {
                throw e;
            }
            long after = tableVersions(Set.of(table)).get(table);
            throw new DataFolderFullException(root, description, table, before, after, e);
        }
    }

    /** Runs the MERGE of one of the warehouse's SQL resources into {@code table}; returns its metrics row. */
    Row merge(WarehouseTable table, String resource) {
        return writing(table, () -> spark.sql(SqlResource.load(DeltaWarehouse.class, resource)).first());
    }

    Object writeLock() {
        return writeLock;
    }

    /** Records the handling organisation codes staged in view {@code incoming_dossier} that are not recorded yet. */
    void recordNewHandlingOrgCodes() {
        appendHandlingOrgCodes("""
                SELECT DISTINCT i.handling_org_code
                FROM incoming_dossier i LEFT ANTI JOIN handling_org_code c ON c.org_code = i.handling_org_code
                WHERE i.handling_org_code IS NOT NULL""");
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    private void appendHandlingOrgCodes(String unrecordedCodes) {
        // Only codes absent from the table, under the write lock (or before any write): appending cannot repeat one.
        List<Row> rows = distinctCodes(unrecordedCodes).stream().map(code -> (Row) RowFactory.create(code)).toList();
        if (!rows.isEmpty()) {
            write(WarehouseTable.HANDLING_ORG_CODE, rows, SaveMode.Append);
        }
    }

    private void replaceIfDifferent(WarehouseTable table, List<Row> rows) {
        if (!new HashSet<>(table(table).collectAsList()).equals(new HashSet<>(rows))) {
            write(table, rows, SaveMode.Overwrite);
        }
    }

    private void write(WarehouseTable table, List<Row> rows, SaveMode mode) {
        // Overwriting a small table computed whole may also bring it to the current schema (a column added).
        writing(table, () -> spark.createDataFrame(rows, table.schema()).write().format("delta").mode(mode)
                .option("overwriteSchema", mode == SaveMode.Overwrite)
                .save(tablePath(table).toString()));
    }

    private List<String> distinctCodes(String query) {
        return spark.sql(query).collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    private static Organisation organisation(Row r) {
        // code_scheme came with organisation history: a table written before it holds agency identifiers.
        boolean hasScheme = java.util.Arrays.asList(r.schema().fieldNames()).contains("code_scheme");
        return new Organisation(r.getAs("code"), r.getAs("name"), r.<Integer>getAs("level"),
                OrganisationKind.valueOf(r.getAs("kind")), r.getAs("parent_code"), r.<LocalDate>getAs("valid_from"),
                r.<LocalDate>getAs("valid_to"), hasScheme
                        ? OrganisationCodeScheme.valueOf(r.getAs("code_scheme")) : OrganisationCodeScheme.AGENCY_ID);
    }

    private static Row organisationRow(Organisation o) {
        return RowFactory.create(o.code(), o.name(), o.level(), o.kind().name(), o.parentCode(), o.validFrom(),
                o.validTo(), o.codeScheme().name());
    }

    private static Row successionRow(OrganisationSuccession s) {
        return RowFactory.create(s.predecessorCode(), s.successorCode(), s.effectiveDate(), s.kind().name(),
                s.primary());
    }

    /** Loads the platform's status buckets when the table does not hold exactly them (a new root, a new rule set). */
    private void loadStatusBuckets() {
        replaceIfDifferent(WarehouseTable.STATUS_BUCKET, StatusBuckets.allRows().stream()
                .map(b -> RowFactory.create(b.ruleSet(), b.statusCode(), b.bucket().name(), b.countsOnTime()))
                .toList());
    }

    /** Creates the table unless it exists; says whether it created it. */
    private boolean createIfAbsent(WarehouseTable table) {
        String path = tablePath(table).toString();
        if (DeltaTable.isDeltaTable(spark, path)) {
            addMissingColumns(table);
            return false;
        }
        DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark).location(path).addColumns(table.schema());
        if (!table.partitionColumns().isEmpty()) {
            builder = builder.partitionedBy(table.partitionColumns().toArray(String[]::new));
        }
        builder.execute();
        return true;
    }

    /**
     * A table made by an older version lacks the nullable columns added since (quarantine's {@code resolved_at},
     * {@code resolved_by_run}): they are added, so old warehouses keep working without a migration step.
     */
    private void addMissingColumns(WarehouseTable table) {
        java.util.Set<String> present = java.util.Set.of(
                spark.read().format("delta").load(tablePath(table).toString()).schema().fieldNames());
        List<String> missing = java.util.Arrays.stream(table.schema().fields())
                .filter(f -> !present.contains(f.name()))
                .map(f -> {
                    if (!f.nullable()) {
                        throw new IllegalStateException("table " + table.tableName() + " lacks the required column "
                                + f.name() + "; it was made by an incompatible version");
                    }
                    return f.name() + " " + f.dataType().sql();
                })
                .toList();
        if (!missing.isEmpty()) {
            spark.sql("ALTER TABLE delta." + quotedPath(table) + " ADD COLUMNS (" + String.join(", ", missing) + ")");
        }
    }

    private void registerView(WarehouseTable table) {
        // A view defined by SQL text is resolved again at each use, so it always reads the table's latest version.
        // The path is an identifier, not a value: Spark's IDENTIFIER(:param) clause does not resolve delta.`path`
        // (UNSUPPORTED_DATASOURCE_FOR_DIRECT_QUERY), so it is quoted here (a backtick doubles inside backticks).
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW " + table.tableName() + " AS SELECT * FROM delta."
                + quotedPath(table));
    }

    private String quotedPath(WarehouseTable table) {
        return "`" + tablePath(table).toString().replace("`", "``") + "`";
    }
}

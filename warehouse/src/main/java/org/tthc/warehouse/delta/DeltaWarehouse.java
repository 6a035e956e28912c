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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.statistics.StatusBuckets;
import org.tthc.domain.statistics.SupplementDueDates;
import org.tthc.warehouse.spark.SqlResource;

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
        for (WarehouseTable table : WarehouseTable.values()) {
            createIfAbsent(table);
            registerView(table);
        }
        loadStatusBuckets();
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
     * Adds or replaces organisations (a version of a code with a later {@code validFrom} than the stored one replaces
     * it, an equal one too), then rebuilds {@code org_rollup} for every known organisation and every handling
     * organisation seen in dossiers. Both tables are small: they are computed whole, in Java, with the domain's
     * {@link OrganisationCatalogue}, and rewritten only when they differ from what is stored.
     */
    public void upsertOrganisations(Collection<Organisation> organisations) {
        synchronized (writeLock) {
            List<Organisation> all = new ArrayList<>(organisations);
            all.addAll(storedOrganisations()); // incoming first: OrganisationCatalogue keeps the first of equals
            OrganisationCatalogue catalogue = new OrganisationCatalogue(all);
            replaceIfDifferent(WarehouseTable.ORG,
                    catalogue.all().stream().map(DeltaWarehouse::organisationRow).toList());
            Set<String> codes = new LinkedHashSet<>();
            catalogue.all().forEach(org -> codes.add(org.code()));
            codes.addAll(distinctCodes("SELECT DISTINCT handling_org_code FROM dossier WHERE handling_org_code IS NOT NULL"));
            codes.addAll(distinctCodes("SELECT DISTINCT org_code FROM org_rollup"));
            replaceIfDifferent(WarehouseTable.ORG_ROLLUP, OrganisationRollup.rows(catalogue, codes));
        }
    }

    /** The current Delta version of every table. */
    public Map<WarehouseTable, Long> tableVersions() {
        Map<WarehouseTable, Long> versions = new EnumMap<>(WarehouseTable.class);
        for (WarehouseTable table : WarehouseTable.values()) {
            Row latest = DeltaTable.forPath(spark, tablePath(table).toString()).history(1).select("version").first();
            versions.put(table, latest.getLong(0));
        }
        return versions;
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

    /** Runs one of the warehouse's SQL resources with named parameters; returns its first row, if any. */
    Row sql(String resource, Map<String, Object> args) {
        List<Row> rows = spark.sql(SqlResource.load(DeltaWarehouse.class, resource), args).collectAsList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    Object writeLock() {
        return writeLock;
    }

    /** Adds the roll-up of handling organisations staged in view {@code incoming_dossier} that it does not know. */
    void rollUpNewHandlingOrganisations() {
        List<String> unseen = distinctCodes("""
                SELECT DISTINCT i.handling_org_code
                FROM incoming_dossier i LEFT ANTI JOIN org_rollup r ON r.org_code = i.handling_org_code
                WHERE i.handling_org_code IS NOT NULL""");
        if (!unseen.isEmpty()) {
            // Only codes absent from org_rollup, under the write lock: appending cannot duplicate a pair.
            List<Row> rows = OrganisationRollup.rows(new OrganisationCatalogue(storedOrganisations()), unseen);
            write(WarehouseTable.ORG_ROLLUP, rows, SaveMode.Append);
        }
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

    private void replaceIfDifferent(WarehouseTable table, List<Row> rows) {
        if (!new HashSet<>(table(table).collectAsList()).equals(new HashSet<>(rows))) {
            write(table, rows, SaveMode.Overwrite);
        }
    }

    private void write(WarehouseTable table, List<Row> rows, SaveMode mode) {
        spark.createDataFrame(rows, table.schema()).write().format("delta").mode(mode)
                .save(tablePath(table).toString());
    }

    private List<String> distinctCodes(String query) {
        return spark.sql(query).collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    private List<Organisation> storedOrganisations() {
        return table(WarehouseTable.ORG).collectAsList().stream()
                .map(r -> new Organisation(r.getAs("code"), r.getAs("name"), r.<Integer>getAs("level"),
                        OrganisationKind.valueOf(r.getAs("kind")), r.getAs("parent_code"),
                        r.<LocalDate>getAs("valid_from"), r.<LocalDate>getAs("valid_to")))
                .toList();
    }

    private static Row organisationRow(Organisation o) {
        return RowFactory.create(o.code(), o.name(), o.level(), o.kind().name(), o.parentCode(), o.validFrom(),
                o.validTo());
    }

    /** Loads the platform's status buckets when the table does not hold exactly them (a new root, a new rule set). */
    private void loadStatusBuckets() {
        replaceIfDifferent(WarehouseTable.STATUS_BUCKET, StatusBuckets.allRows().stream()
                .map(b -> RowFactory.create(b.ruleSet(), b.statusCode(), b.bucket().name(), b.countsOnTime()))
                .toList());
    }

    private void createIfAbsent(WarehouseTable table) {
        String path = tablePath(table).toString();
        if (DeltaTable.isDeltaTable(spark, path)) {
            return;
        }
        DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark).location(path).addColumns(table.schema());
        if (!table.partitionColumns().isEmpty()) {
            builder = builder.partitionedBy(table.partitionColumns().toArray(String[]::new));
        }
        builder.execute();
    }

    private void registerView(WarehouseTable table) {
        // A view defined by SQL text is resolved again at each use, so it always reads the table's latest version.
        // The path is an identifier, not a value: Spark's IDENTIFIER(:param) clause does not resolve delta.`path`
        // (UNSUPPORTED_DATASOURCE_FOR_DIRECT_QUERY), so it is quoted here (a backtick doubles inside backticks).
        String quotedPath = "`" + tablePath(table).toString().replace("`", "``") + "`";
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW " + table.tableName() + " AS SELECT * FROM delta." + quotedPath);
    }
}

package org.tthc.api.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

import org.tthc.api.config.ClickHouseProperties;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.ingestion.csv.CsvMapping;
import org.tthc.ingestion.packetfile.IngestionSummary;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.ingestion.personal.PersonalDataKey;
import org.tthc.ingestion.portal.PortalPull;
import org.tthc.ingestion.portal.PortalPullSummary;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.database.PortalDatabaseSettings;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.statistics.GoldStatistics;
import org.tthc.warehouse.statistics.RefreshPlan;
import org.tthc.warehouse.statistics.StatisticsRefresh;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tthc ingest [--csv-mapping MAPPING.yaml] FILE|DIR…}: packet files and CSV exports into the Delta warehouse,
 * idempotently, then into the ClickHouse mirror when one is configured. {@code tthc ingest --source portal} pulls
 * what changed in portal-lite's database since the last committed watermark instead.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads DongBoHoSoMC / CapNhatTienDoHoSoMC JSON files (wrapped or bare arrays), the 2018 LGSP",
                "packets MSyncDocument / MDocumentTraces (XML or JSON), CSV exports of another one-stop system",
                "(with --csv-mapping) and an organisations.json catalogue into the Delta warehouse. Re-ingesting the",
                "same files changes nothing; invalid records go to the quarantine table with file, record or line,",
                "field and reason. Applicants' ID numbers, phones and emails are stored only as keyed hashes",
                "(key: tthc.ingestion.pii-key / TTHC_INGESTION_PIIKEY, else DATA/keys/pii-key). Every run is",
                "recorded in the run ledger (DATA/warehouse/meta/ingest_run); a file committed before and unchanged",
                "is skipped, so a rerun after a crash resumes. --source portal pulls portal-lite's database (the",
                "H2 file under DATA/portal, or tthc.portal.datasource.url / TTHC_PORTAL_DATASOURCE_URL) from the",
                "last committed change sequence: dossiers, events, supplement rounds, ratings and documents. With ClickHouse",
                "configured (--clickhouse-url / --chdb-library or TTHC_CLICKHOUSE_*), the tables are then mirrored",
                "into it. With --refresh-statistics, the gold statistics the load can change are recomputed first."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--source", description = "Source-system name given to these records (default: ${DEFAULT-VALUE}); "
            + "'" + PortalPull.SOURCE_SYSTEM + "' pulls portal-lite's database instead of reading files.",
            defaultValue = "packet-files")
    String source;

    @Option(names = "--commit-every", paramLabel = "RECORDS",
            description = "Commit a batch (and record its files in the ledger) whenever this many records are "
                    + "staged, at the next file boundary (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + PacketFileIngestion.DEFAULT_COMMIT_EVERY)
    long commitEvery;

    @Option(names = "--csv-mapping", paramLabel = "MAPPING.yaml",
            description = "Column mapping of the CSV inputs (*.csv); required when there are any. "
                    + "Example: docs/examples/csv/mapping.yaml.")
    Path csvMapping;

    @Mixin
    ClickHouseOptions clickHouse;

    @Option(names = "--refresh-statistics",
            description = "After a successful load, recompute the gold statistics the load can change (the months "
                    + "its dossiers are in play in, old and new versions, and their years; the current period), "
                    + "reading only the recent facts, in every view gold holds; mirrored with the tables.")
    boolean refreshStatistics;

    @Mixin
    TodayOption today;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
            description = "Packet files (*.json, *.xml), CSV exports (*.csv), or folders of them; none with "
                    + "--source " + PortalPull.SOURCE_SYSTEM + ".")
    List<Path> inputs = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        boolean portal = PortalPull.SOURCE_SYSTEM.equals(source);
        if (portal == !inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), portal
                    ? "--source " + source + " pulls portal-lite's database: give no FILE|DIR"
                    : "give the packet files, CSV exports or folders to ingest (or --source " + PortalPull.SOURCE_SYSTEM
                    + " to pull portal-lite)");
        }
        DeltaWarehouse delta = warehouse.open();
        Map<WarehouseTable, Long> before = delta.tableVersions();
        if (portal) {
            pullPortal(delta);
        } else {
            PacketFileIngestion ingestion = new PacketFileIngestion(delta, source, Clock.systemUTC(),
                    PersonalDataKey.fromEnvironment(warehouse.data),
                    csvMapping == null ? null : CsvMapping.read(csvMapping),
                    line -> System.err.println("ingest: " + line))
                    .commitEvery(commitEvery);
            IngestionSummary summary = ingestion.ingest(inputs);
            System.err.println("ingest: " + summary);
        }
        if (refreshStatistics) {
            refresh(delta, before);
        }
        ClickHouseProperties properties = clickHouse.properties(Duration.ofSeconds(30), 0);
        if (properties.enabled()) {
            // ClickHouse serves interactive reads when configured: it gets the new data at once.
            try (ClickHouseEngine engine = properties.openEngine(warehouse.data)) {
                long rows = new ClickHouseMirror(delta, engine, line -> System.err.println("ingest: " + line))
                        .mirrorAll();
                System.err.println("ingest: mirrored " + rows + " rows into " + engine.description());
            }
        }
        return 0;
    }

    private void pullPortal(DeltaWarehouse delta) {
        PortalDatabaseSettings settings = PortalDatabaseSettings.of(setting("tthc.portal.datasource.url"),
                setting("tthc.portal.datasource.user"), setting("tthc.portal.datasource.password"), warehouse.data);
        try (PortalDatabase database = PortalDatabase.open(settings)) {
            PortalPullSummary summary = new PortalPull(delta, database.dsl(), source, Clock.systemUTC(),
                    PersonalDataKey.fromEnvironment(warehouse.data), line -> System.err.println("ingest: " + line))
                    .pull();
            System.err.println("ingest: " + summary);
        }
    }

    /** A Spring-style setting: the system property, else its environment variable (a.b-c → A_B_C without '-'). */
    private static String setting(String property) {
        String environment = property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", "");
        return System.getProperty(property, System.getenv(environment));
    }

    private void refresh(DeltaWarehouse delta, Map<WarehouseTable, Long> before) {
        long started = System.nanoTime();
        Map<OrganisationView, RefreshPlan> plans = new StatisticsRefresh(delta, new GoldStatistics(delta, today.clock()))
                .afterLoad(before, today.day());
        plans.forEach((view, plan) -> System.err.println("ingest: statistics " + view.externalName() + ": recomputed "
                + plan.recomputed().stream().map(Period::toString).collect(Collectors.joining(", "))
                + "; " + plan.restamped().size() + " other period(s) unchanged"));
        System.err.printf(Locale.ROOT, "ingest: statistics refreshed in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}

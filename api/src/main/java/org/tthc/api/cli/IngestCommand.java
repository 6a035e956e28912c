package org.tthc.api.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.tthc.api.config.ClickHouseProperties;

import org.tthc.ingestion.packetfile.IngestionSummary;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.delta.DeltaWarehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tthc ingest FILE|DIR…}: packet files into the Delta warehouse, idempotently, then into the ClickHouse mirror
 * when one is configured.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads DongBoHoSoMC / CapNhatTienDoHoSoMC JSON files (wrapped or bare arrays) and an",
                "organisations.json catalogue into the Delta warehouse. Re-ingesting the same files changes nothing;",
                "invalid records go to the quarantine table with file, record, field and reason. With ClickHouse",
                "configured (--clickhouse-url / --chdb-library or TTHC_CLICKHOUSE_*), the tables are then mirrored",
                "into it."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--source", description = "Source-system name given to these records (default: ${DEFAULT-VALUE}).",
            defaultValue = "packet-files")
    String source;

    @Mixin
    ClickHouseOptions clickHouse;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Packet files, or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        DeltaWarehouse delta = warehouse.open();
        PacketFileIngestion ingestion = new PacketFileIngestion(delta, source, Clock.systemUTC(),
                line -> System.err.println("ingest: " + line));
        IngestionSummary summary = ingestion.ingest(inputs);
        System.err.println("ingest: " + summary);
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
}

package org.tthc.ingestion.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;

/**
 * The ingest entry point as a process of its own, for the crash test to kill: what {@code ./tthc ingest} does
 * (Spark session, Delta warehouse, ledger, packet-file ingestion) with a small commit interval.
 * Arguments: WAREHOUSE_ROOT INPUT_DIR SOURCE_SYSTEM COMMIT_EVERY. Progress lines go to standard error.
 */
public final class IngestProcess {
    private IngestProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path sparkDir = Files.createDirectories(root.resolveSibling(root.getFileName() + "-spark"));
        DeltaWarehouse warehouse = new DeltaWarehouse(
                SparkSessions.shared(SparkSettings.defaults().withDataRoot(sparkDir)), root, Clock.systemUTC());
        var summary = new PacketFileIngestion(warehouse, args[2], Clock.systemUTC(),
                line -> System.err.println("ingest: " + line))
                .commitEvery(Long.parseLong(args[3]))
                .ingest(List.of(Path.of(args[1])));
        System.err.println("ingest: " + summary);
        System.exit(0);
    }
}

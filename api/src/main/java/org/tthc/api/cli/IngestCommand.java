package org.tthc.api.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.tthc.ingestion.packetfile.IngestionSummary;
import org.tthc.ingestion.packetfile.PacketFileIngestion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tthc ingest FILE|DIR…}: packet files into the Delta warehouse, idempotently. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads DongBoHoSoMC / CapNhatTienDoHoSoMC JSON files (wrapped or bare arrays) and an",
                "organisations.json catalogue into the Delta warehouse. Re-ingesting the same files changes nothing;",
                "invalid records go to the quarantine table with file, record, field and reason."})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--source", description = "Source-system name given to these records (default: ${DEFAULT-VALUE}).",
            defaultValue = "packet-files")
    String source;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Packet files, or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PacketFileIngestion ingestion = new PacketFileIngestion(warehouse.open(), source, Clock.systemUTC(),
                line -> System.err.println("ingest: " + line));
        IngestionSummary summary = ingestion.ingest(inputs);
        System.err.println("ingest: " + summary);
        return 0;
    }
}

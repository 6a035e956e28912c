package org.tthc.api.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.tthc.ingestion.csv.CsvMapping;
import org.tthc.ingestion.quarantine.Quarantine;
import org.tthc.ingestion.quarantine.QuarantineRetry;
import org.tthc.ingestion.quarantine.QuarantinedRecord;
import org.tthc.ingestion.quarantine.RetrySummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tthc quarantine list|show|retry}: the records ingestion rejected, and re-reading them after a fix. */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        subcommands = {QuarantineCommand.ListRecords.class, QuarantineCommand.Show.class, QuarantineCommand.Retry.class},
        description = {"The records ingestion rejected (the quarantine table): list them (list), read one with its",
                "raw payload (show), and re-read them through the current readers and CSV mapping once the cause is",
                "fixed (retry). Records that now pass are ingested and their rows marked resolved, never deleted.",
                "See docs/ingestion-operations.md."})
public final class QuarantineCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    /** {@code tthc quarantine list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists unresolved quarantined records, newest first: id, source system, where, field, reason.")
    static final class ListRecords implements Callable<Integer> {
        @Mixin
        WarehouseOptions warehouse;

        @Option(names = "--source", paramLabel = "SYSTEM", description = "Only records of this source system.")
        String source;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Only records whose reason contains TEXT (any case).")
        String reason;

        @Option(names = "--resolved", description = "Include records a retry has resolved.")
        boolean resolved;

        @Option(names = "--limit", defaultValue = "50", description = "Records listed (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            List<QuarantinedRecord> records = new Quarantine(warehouse.open())
                    .list(new Quarantine.Filter(source, reason, resolved, limit));
            for (QuarantinedRecord r : records) {
                System.out.printf(Locale.ROOT, "%s  %-16s %s#%d  %s%s: %s%s%n", r.id(), r.sourceSystem(),
                        r.location(), r.position(), r.recordKey() == null ? "" : r.recordKey() + " ",
                        r.field() == null ? "(record)" : r.field(), r.reason(),
                        r.resolved() ? "  [resolved by " + r.resolvedByRun() + "]" : "");
            }
            System.err.println(records.size() + " record(s)" + (records.size() == limit ? " (--limit reached)" : ""));
            return 0;
        }
    }

    /** {@code tthc quarantine show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints one quarantined record: where it came from, why it was rejected, its raw payload.")
    static final class Show implements Callable<Integer> {
        @Mixin
        WarehouseOptions warehouse;

        @Parameters(paramLabel = "ID", description = "The record's id, as list prints it.")
        String id;

        @Override
        public Integer call() {
            QuarantinedRecord r = new Quarantine(warehouse.open()).find(id).orElseThrow(() ->
                    new IllegalArgumentException("no quarantined record " + id + "; ./tthc quarantine list shows the ids"));
            System.out.println("id:             " + r.id());
            System.out.println("source system:  " + r.sourceSystem());
            System.out.println("location:       " + r.location() + " (record " + r.position() + ")");
            System.out.println("dossier code:   " + (r.recordKey() == null ? "-" : r.recordKey()));
            System.out.println("field:          " + (r.field() == null ? "(the whole record)" : r.field()));
            System.out.println("reason:         " + r.reason());
            System.out.println("quarantined at: " + r.quarantinedAt() + " (batch " + r.batchId() + ")");
            System.out.println("resolved:       " + (r.resolved() ? r.resolvedAt() + " by run " + r.resolvedByRun() : "no"));
            System.out.println("raw payload:");
            System.out.println(r.rawPayload());
            return 0;
        }
    }

    /** {@code tthc quarantine retry}. */
    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = {"Re-reads quarantined records from their raw payloads through the current readers (and",
                    "--csv-mapping for CSV rows): those that pass are ingested and marked resolved, the others keep",
                    "their row with the reason given now. One run of the ledger (source retry) per source system."})
    static final class Retry implements Callable<Integer> {
        @Mixin
        WarehouseOptions warehouse;

        @Option(names = "--all", description = "Retry every unresolved record.")
        boolean all;

        @Option(names = "--csv-mapping", paramLabel = "MAPPING.yaml",
                description = "The (fixed) column mapping for quarantined CSV rows; required when any are retried.")
        Path csvMapping;

        @Parameters(arity = "0..*", paramLabel = "ID", description = "Ids of the records to retry.")
        List<String> ids = new ArrayList<>();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (all == !ids.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "give the ids of the records to retry, or --all (not both)");
            }
            QuarantineRetry retry = new QuarantineRetry(warehouse.open(), Clock.systemUTC(),
                    csvMapping == null ? null : CsvMapping.read(csvMapping));
            RetrySummary summary = all ? retry.retryAll() : retry.retry(ids);
            System.err.println("quarantine: " + summary);
            return 0;
        }
    }
}

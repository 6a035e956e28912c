package org.tthc.api.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.OutboxEntry;
import org.tthc.api.national.OutboxStatus;
import org.tthc.api.national.OutboxWorker;
import org.tthc.domain.TthcTime;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tthc national}: the national portal's outbox (docs/national-sync.md). */
@Command(name = "national", mixinStandardHelpOptions = true,
        subcommands = {NationalCommand.Status.class, NationalPushCommand.class, NationalResendCommand.class},
        description = {"The outbox of packets to the national public-service portal: what is queued, sent,",
                "acknowledged, failed or dead (status), queuing a closed period's statistics packets and delivering",
                "(push), re-arming dead packets (resend). See docs/national-sync.md."})
public final class NationalCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    /** {@code tthc national status}. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Prints how many packets are in each state, then the newest packets (id, what, state, attempts, last answer).")
    static final class Status implements Callable<Integer> {
        final NationalOptions options = new NationalOptions();

        @CommandLine.Option(names = "--data", defaultValue = "./data", description = NationalOptions.DATA_HELP)
        Path data;

        @CommandLine.Option(names = "--status", description = "Only packets in this state: pending, sent, acknowledged, failed or dead.")
        String status;

        @CommandLine.Option(names = "--limit", defaultValue = "20", description = "Packets listed (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            try (ControlDatabase database = options.openControl(data)) {
                Outbox outbox = new Outbox(database);
                System.out.print(counts(outbox.counts()));
                System.out.print(rows(outbox.list(Optional.ofNullable(status).map(OutboxStatus::parse), limit)));
                System.out.println(options.settings().enabled() ? "delivery to " + options.settings().baseUrl()
                        : "delivery is off: set TTHC_NATIONAL_BASE_URL (tthc.national.base-url)");
            }
            return 0;
        }
    }

    static String counts(Map<OutboxStatus, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((status, n) -> text.append(String.format("%-13s %d%n", status.label(), n)));
        return text.toString();
    }

    static String rows(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(String.format("%n%6s  %-20s %-14s %-10s %-12s %8s  %-19s  %s%n",
                "id", "packet", "org", "subject", "status", "attempts", "next attempt", "last answer"));
        for (OutboxEntry e : entries) {
            text.append(String.format("%6d  %-20s %-14s %-10s %-12s %8d  %-19s  %s%n", e.id(), e.packetType(),
                    e.orgCode(), e.subject(), e.status().label(), e.attempts(), local(e.nextAttemptAt()),
                    e.lastResponse() == null ? "" : oneLine(e.lastResponse())));
        }
        return text.toString();
    }

    static String report(OutboxWorker.Report report) {
        return "delivered: " + report.acknowledged() + " acknowledged, " + report.failed() + " to retry, "
                + report.dead() + " dead";
    }

    static Instant now() {
        return Clock.systemUTC().instant();
    }

    private static String local(Instant instant) {
        return instant == null ? "" : instant.atZone(TthcTime.ZONE).toLocalDateTime().withNano(0).toString();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 100 ? line.substring(0, 99) + "…" : line;
    }
}

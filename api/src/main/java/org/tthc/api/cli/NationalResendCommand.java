package org.tthc.api.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.OutboxEntry;
import org.tthc.api.national.OutboxStatus;
import org.tthc.api.national.OutboxWorker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tthc national resend}: an operator re-arms dead packets, which are then delivered. */
@Command(name = "resend", mixinStandardHelpOptions = true,
        description = {"Re-arms dead (or failed) packets: pending again, attempts counted from zero, the payload",
                "exactly as queued; then delivers every due packet. A packet whose content must change is not",
                "re-armed but corrected: tthc national push --period P --correction."})
final class NationalResendCommand implements Callable<Integer> {
    private final NationalOptions national = new NationalOptions();

    @Option(names = "--data", defaultValue = "./data", description = NationalOptions.DATA_HELP)
    Path data;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Outbox ids (see tthc national status).")
    List<Long> ids = new ArrayList<>();

    @Option(names = "--all-dead", description = "Re-arm every dead packet.")
    boolean allDead;

    @Override
    public Integer call() throws InterruptedException {
        if (ids.isEmpty() && !allDead) {
            throw new IllegalArgumentException("name the outbox ids to re-arm, or --all-dead");
        }
        int missed = 0;
        try (ControlDatabase database = national.openControl(data)) {
            Outbox outbox = new Outbox(database);
            List<Long> chosen = new ArrayList<>(ids);
            if (allDead) {
                outbox.list(Optional.of(OutboxStatus.DEAD), Integer.MAX_VALUE).stream().map(OutboxEntry::id)
                        .forEach(chosen::add);
            }
            for (long id : chosen) {
                if (outbox.rearm(id, NationalCommand.now())) {
                    System.out.println("outbox #" + id + ": re-armed");
                } else {
                    missed++;
                    System.out.println("outbox #" + id + ": not re-armed ("
                            + outbox.find(id).map(e -> "it is " + e.status().label()).orElse("no such packet") + ")");
                }
            }
            OutboxWorker worker = national.worker(outbox, Clock.systemUTC());
            if (worker != null) {
                System.out.println(NationalCommand.report(worker.deliverDue()));
            }
            System.out.print(NationalCommand.counts(outbox.counts()));
        }
        return missed == 0 ? 0 : 2;
    }
}

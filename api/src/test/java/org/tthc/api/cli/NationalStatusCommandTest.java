package org.tthc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.api.TthcMain;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.national.Outbox;
import org.tthc.api.national.OutboxEntry;
import org.tthc.api.national.OutboxPacket;


/** {@code ./tthc national status} and {@code resend} through the app's command line, without Spark. */
class NationalStatusCommandTest {
    @TempDir
    Path data;

    @Test
    void statusCountsThePacketsInEachStateAndListsThem() {
        try (ControlDatabase control = ControlDatabase.embedded(data)) {
            new Outbox(control).enqueue(OutboxPacket.statistics("000.00.00.H99", "2025-10",
                    "/Statistic/UpdateStatistic", "application/json", "{}", "R2025.1", Map.of()), Instant.now());
        }

        CommandRun run = run("national", "status", "--data", data.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("pending       1", "dead          0", "MStatistic", "000.00.00.H99", "2025-10",
                "delivery is off: set TTHC_NATIONAL_BASE_URL");
    }

    @Test
    void resendSaysWhyAPacketThatIsNotDeadIsNotRearmed() {
        long id;
        try (ControlDatabase control = ControlDatabase.embedded(data)) {
            OutboxEntry entry = new Outbox(control).enqueue(OutboxPacket.statistics("000.00.00.H99", "2025-10",
                    "/Statistic/UpdateStatistic", "application/json", "{}", "R2025.1", Map.of()), Instant.now()).entry();
            id = entry.id();
        }

        CommandRun run = run("national", "resend", "--data", data.toString(), String.valueOf(id), "999");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("outbox #" + id + ": not re-armed (it is pending)",
                "outbox #999: not re-armed (no such packet)");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(TthcMain::new, args);
    }
}

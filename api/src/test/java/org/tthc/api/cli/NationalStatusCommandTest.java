package org.tthc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

import picocli.CommandLine;

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

        Run run = run("national", "status", "--data", data.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("pending       1", "dead          0", "MStatistic", "000.00.00.H99", "2025-10",
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

        Run run = run("national", "resend", "--data", data.toString(), String.valueOf(id), "999");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).contains("outbox #" + id + ": not re-armed (it is pending)",
                "outbox #999: not re-armed (no such packet)");
    }

    private static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = new CommandLine(new TthcMain()).execute(args);
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private record Run(int exitCode, String out, String err) {
    }
}

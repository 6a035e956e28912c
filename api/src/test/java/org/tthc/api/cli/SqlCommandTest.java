package org.tthc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;

import picocli.CommandLine;

/** {@code ./tthc sql} on Spark over an empty warehouse: the result alone on stdout, a refusal on stderr with 2. */
class SqlCommandTest {
    @TempDir
    Path data;

    @Test
    void aQueryPrintsOnlyItsResult() {
        Run run = sql("--data", dataFolder().toString(), "--engine", "spark", "--format", "csv",
                "SELECT count(*) AS n FROM dossier WHERE 1 = 0");
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).isEqualTo("n\r\n0\r\n");
        assertThat(run.err).contains("1 rows in", "Spark");
    }

    @Test
    void aRefusedQueryExitsWithTwoAndSaysWhy() {
        Run run = sql("--data", dataFolder().toString(), "--engine", "spark",
                "SELECT * FROM file('/etc/passwd', 'CSV', 'line String')");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).startsWith("refused: \"file(…)\" at character 15 ").contains("reads files");
    }

    /** The JVM runs one Spark session with one data folder: another test's, when one started it first. */
    private Path dataFolder() {
        SparkSettings running = SparkSessions.sharedSettings();
        return running == null || running.dataRoot() == null ? data : running.dataRoot();
    }

    private static Run sql(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = new CommandLine(new SqlCommand()).execute(args);
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private record Run(int exitCode, String out, String err) {
    }
}

package org.tthc.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** {@code ./tthc sql} on Spark over an empty warehouse: the result alone on stdout, a refusal on stderr with 2. */
class SqlCommandTest {
    @TempDir
    Path data;

    @Test
    void aQueryPrintsOnlyItsResult() {
        CommandRun run = sql("--data", data.toString(), "--engine", "spark", "--format", "csv",
                "SELECT count(*) AS n FROM dossier WHERE 1 = 0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("n\r\n0\r\n");
        assertThat(run.err()).contains("1 rows in", "Spark");
    }

    @Test
    void aRefusedQueryExitsWithTwoAndSaysWhy() {
        CommandRun run = sql("--data", data.toString(), "--engine", "spark",
                "SELECT * FROM file('/etc/passwd', 'CSV', 'line String')");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("refused: \"file(…)\" at character 15 ").contains("reads files");
    }

    private static CommandRun sql(String... args) {
        return CommandRun.of(SqlCommand::new, args);
    }
}

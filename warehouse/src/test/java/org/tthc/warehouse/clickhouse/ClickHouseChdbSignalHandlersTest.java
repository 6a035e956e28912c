package org.tthc.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.jna.Memory;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.warehouse.spark.SharedSpark;

/**
 * chDB in the same JVM as Spark: the JVM keeps its own signal handlers (see {@link JvmSignalHandlers}), so compiled
 * Java code still turns a null dereference into a NullPointerException, and Spark still runs. The child-process cases
 * show what {@link ChdbEngine} prevents: chDB's defaults take the JVM's handlers, and the JVM hangs at its next fault.
 */
class ClickHouseChdbSignalHandlersTest {
    private static final int PATIENCE_SECONDS = 20;
    @TempDir
    Path storage;

    @Test
    void theJvmSignalDispositionsAreThoseFromBeforeChdbWasLoaded() {
        ChdbEngine chdb = SharedChdb.engine();
        chdb.query("SELECT sum(number) AS total FROM numbers(100000)", row -> row.getLong("total"));

        Memory before = SharedChdb.signalsBeforeChdb();
        List<Integer> changed = JvmSignalHandlers.changedSince(before);

        try (Memory now = JvmSignalHandlers.snapshot()) {
            assertThat(changed).as(() -> "signals whose disposition changed since before chDB was loaded; before: "
                            + changed.stream().map(signal -> JvmSignalHandlers.describe(before, signal)).toList()
                            + ", now: " + changed.stream().map(signal -> JvmSignalHandlers.describe(now, signal)).toList())
                    .isEmpty();
        }
    }

    @Test
    void nullPointersInCompiledCodeAndSparkStillWorkAfterChdbRanQueries() {
        ChdbEngine chdb = SharedChdb.engine();
        chdb.execute("DROP TABLE IF EXISTS signal_probe");
        chdb.execute("CREATE TABLE signal_probe (n UInt64) ENGINE = MergeTree ORDER BY n");
        chdb.execute("INSERT INTO signal_probe SELECT number FROM numbers(100000)");
        assertThat(chdb.query("SELECT count() AS n FROM signal_probe", row -> row.getLong("n"))).containsExactly(100_000L);

        assertThat(NullPointerStorm.provoke(20)).isEqualTo(20L * 200 * 16);

        SparkSession spark = SharedSpark.session();
        assertThat(spark.range(1_000).selectExpr("sum(id) AS total").first().getLong(0)).isEqualTo(499_500L);
        chdb.execute("DROP TABLE signal_probe");
    }

    @Test
    void aJvmConnectedThroughTheEngineSurvivesNullPointersInCompiledCode() throws Exception {
        Probe probe = runProbe("engine");

        assertThat(probe.output()).contains("connected: chDB").contains("signals changed by connecting: []")
                .contains("survived 64000 NullPointerExceptions");
        assertThat(probe.exitCode()).as(probe.output()).isZero();
    }

    /**
     * The trap itself: with its defaults chDB puts ClickHouse's crash handlers over the JVM's, and the first null
     * dereference in compiled code never comes back (measured: the thread sleeps five minutes, then the process dies).
     */
    @Test
    void withChdbsDefaultsTheFirstNullPointerInCompiledCodeHangsTheJvm() throws Exception {
        Probe probe = runProbe("chdb-defaults");

        assertThat(probe.output()).contains("connected with chDB's defaults: true")
                .containsPattern("signals changed by connecting: \\[.*\\b11\\b.*]")
                .doesNotContain("survived");
    }

    /**
     * Runs {@link ChdbSignalProbe} until it has survived its NullPointerExceptions, or until it has been connected for
     * {@link #PATIENCE_SECONDS} without (it takes a second or two when it survives), then ends it.
     */
    private Probe runProbe(String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m",
                "-XX:ErrorFile=" + storage.resolve("hs_err.log"), "-cp", System.getProperty("java.class.path"),
                ChdbSignalProbe.class.getName(), TestSettings.required("TTHC_TEST_CHDB_LIB"),
                storage.resolve("chdb").toString(), mode))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> copyLines(process, output), "probe-output");
        reader.setDaemon(true);
        reader.start();
        long connectedAt = 0;
        long startedAt = System.nanoTime();
        while (process.isAlive() && output.indexOf("survived") < 0) {
            long now = System.nanoTime();
            if (connectedAt == 0 && output.indexOf("signals changed by connecting") >= 0) {
                connectedAt = now;
            }
            long waitingSince = connectedAt != 0 ? connectedAt : startedAt;
            long patience = connectedAt != 0 ? PATIENCE_SECONDS : 4 * PATIENCE_SECONDS;
            if (now - waitingSince > TimeUnit.SECONDS.toNanos(patience)) {
                break;
            }
            Thread.sleep(100);
        }
        boolean survived = output.indexOf("survived") >= 0;
        if (!process.waitFor(survived ? 30 : 0, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return new Probe(survived ? process.exitValue() : -1, output.toString());
    }

    private static void copyLines(Process process, StringBuffer output) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            output.append("(output lost: ").append(e).append(")\n");
        }
    }

    /** What a probe printed, and its exit code once it survived (-1 when it was ended for hanging). */
    private record Probe(int exitCode, String output) {
    }
}

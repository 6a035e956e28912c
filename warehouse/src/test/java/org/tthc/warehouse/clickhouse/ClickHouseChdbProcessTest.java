package org.tthc.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chDB's process-wide rules: one storage folder at a time, and a clean shutdown when the JVM exits. */
class ClickHouseChdbProcessTest {
    @TempDir
    Path folder;

    @Test
    void aSecondStorageFolderInTheSameProcessIsRefused() {
        SharedChdb.engine();

        assertThatThrownBy(() -> ChdbEngine.open(Paths.get(TestSettings.required("TTHC_TEST_CHDB_LIB")), folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already stores in")
                .hasMessageContaining(folder.toString());
    }

    @Test
    void aJvmExitsCleanlyWhileChdbIsStillMerging() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m",
                "-XX:ErrorFile=" + folder.resolve("hs_err.log"), "-cp", System.getProperty("java.class.path"),
                ChdbExitProbe.class.getName(), TestSettings.required("TTHC_TEST_CHDB_LIB"),
                folder.resolve("chdb").toString()))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }

        assertThat(output).contains("exiting with chDB open");
        assertThat(process.exitValue()).as(output).isZero();
    }
}

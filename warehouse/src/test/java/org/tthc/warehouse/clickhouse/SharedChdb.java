package org.tthc.warehouse.clickhouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.sun.jna.Memory;

/**
 * The one chDB engine of the test JVM (a process stores in one folder), opened by the first test that needs it and
 * shared by all. Its data lives in a new folder under the module's {@code target/} (Surefire's working folder), where
 * {@code mvn clean} removes it; a temporary folder would outlive the JVM, since chDB still runs while shutdown hooks
 * could delete it. It also keeps the JVM's signal dispositions as they were before chDB was loaded, for the tests
 * that check chDB left them alone.
 */
public final class SharedChdb {
    private static ChdbEngine engine;
    private static Memory signalsBeforeChdb;

    private SharedChdb() {
    }

    public static synchronized ChdbEngine engine() {
        if (engine == null) {
            Path library = Paths.get(TestSettings.required("TTHC_TEST_CHDB_LIB"));
            signalsBeforeChdb = JvmSignalHandlers.snapshot();
            long residentBefore = ResidentMemory.megabytes();
            long start = System.nanoTime();
            try {
                Path target = Files.createDirectories(Paths.get("target"));
                engine = ChdbEngine.open(library, Files.createTempDirectory(target, "chdb-tests-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long loadMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s: loaded and connected in %d ms, resident memory %d MB -> %d MB%n",
                    engine.description(), loadMillis, residentBefore, ResidentMemory.megabytes());
        }
        return engine;
    }

    /** The signal dispositions of the JVM just before chDB was loaded. */
    static synchronized Memory signalsBeforeChdb() {
        engine();
        return signalsBeforeChdb;
    }
}

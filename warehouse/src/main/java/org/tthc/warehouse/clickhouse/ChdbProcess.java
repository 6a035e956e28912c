package org.tthc.warehouse.clickhouse;

import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;

/**
 * chDB's state in this process: one loaded {@code libchdb.so} and one storage folder. The engine inside is a
 * process-wide singleton; chdb.h says connections may share a path but "connecting with a different path requires
 * closing all existing connections first", so a second path is refused here, with both paths named, instead of
 * inside chDB.
 */
final class ChdbProcess {
    private static Path libraryFile;
    private static ChdbLibrary library;
    private static Path storage;
    private static int openConnections;

    private ChdbProcess() {
    }

    /** Loads {@code file} the first time, with chDB's own signal handlers switched off; the same file afterwards. */
    static synchronized ChdbLibrary load(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (library != null) {
            if (!libraryFile.equals(normalized)) {
                throw new IllegalStateException("chDB is already loaded from " + libraryFile
                        + "; a process holds one copy, so it cannot also load " + normalized);
            }
            return library;
        }
        if (!Files.isRegularFile(normalized)) {
            throw new IllegalArgumentException("no chDB library at " + normalized
                    + " (libchdb.so of the npm package @chdb/lib-linux-x64-gnu; scripts/test-services.sh fetches it)");
        }
        ChdbLibrary loaded = JvmSignalHandlers.preserve(() -> Native.load(normalized.toString(), ChdbLibrary.class));
        // Before any connection: afterwards chDB would have installed its crash handlers over the JVM's.
        JvmSignalHandlers.preserve(() -> loaded.chdb_set_signal_handlers_enabled(0));
        library = loaded;
        libraryFile = normalized;
        return loaded;
    }

    /** Opens a connection on {@code directory}; returns the {@code chdb_connection*} handle. */
    static synchronized Pointer connect(ChdbLibrary chdb, Path directory, String... settings) {
        Path normalized = directory.toAbsolutePath().normalize();
        if (openConnections > 0 && !normalized.equals(storage)) {
            throw new IllegalStateException("chDB in this process already stores in " + storage
                    + "; it cannot open " + normalized + " until every connection there is closed");
        }
        String[] arguments = new String[settings.length + 2];
        arguments[0] = "clickhouse";
        arguments[1] = "--path=" + normalized;
        System.arraycopy(settings, 0, arguments, 2, settings.length);
        Pointer handle = JvmSignalHandlers.preserve(
                () -> chdb.chdb_connect(arguments.length, new StringArray(arguments, "UTF-8")));
        if (handle == null) {
            throw new IllegalStateException("chDB could not open its storage in " + normalized
                    + " (not writable? used by another process? a setting in " + String.join(" ", settings) + "?)");
        }
        storage = normalized;
        openConnections++;
        return handle;
    }

    static synchronized void close(ChdbLibrary chdb, Pointer handle) {
        JvmSignalHandlers.preserve(() -> chdb.chdb_close_conn(handle));
        openConnections--;
    }
}

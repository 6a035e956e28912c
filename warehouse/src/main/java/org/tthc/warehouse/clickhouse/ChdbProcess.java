package org.tthc.warehouse.clickhouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;

/**
 * chDB's state in this process: one loaded {@code libchdb.so} and one storage folder. The engine inside is a
 * process-wide singleton; chdb.h says connections may share a path but "connecting with a different path requires
 * closing all existing connections first", so a second path is refused here, with both paths named, instead of
 * inside chDB.
 *
 * <p>At JVM exit the engines still open are closed and chDB is shut down ({@code chdb_shutdown}, which joins its
 * threads). Without that, the C++ static destructors that {@code exit()} runs race chDB's background threads, and the
 * JVM intermittently dies with SIGSEGV or SIGABRT in libchdb.so after all its work is done (4 of 6 runs of a JVM
 * that exits while chDB merges; once in the test JVM).
 */
final class ChdbProcess {
    private static final Set<ChdbEngine> OPEN_ENGINES = new LinkedHashSet<>();
    private static Path libraryFile;
    private static ChdbLibrary library;
    private static Path storage;

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
        Runtime.getRuntime().addShutdownHook(new Thread(ChdbProcess::shutDown, "chdb-shutdown"));
        return loaded;
    }

    /** Opens a connection on {@code directory}; returns the {@code chdb_connection*} handle. */
    static synchronized Pointer connect(ChdbLibrary chdb, Path directory, String... settings) {
        Path normalized = directory.toAbsolutePath().normalize();
        if (!OPEN_ENGINES.isEmpty() && !normalized.equals(storage)) {
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
        return handle;
    }

    /** Counts {@code engine} as open until {@link #close}: its storage folder is the process's until then. */
    static synchronized void opened(ChdbEngine engine) {
        OPEN_ENGINES.add(engine);
    }

    static synchronized void close(ChdbLibrary chdb, Pointer handle, ChdbEngine engine) {
        JvmSignalHandlers.preserve(() -> chdb.chdb_close_conn(handle));
        OPEN_ENGINES.remove(engine);
    }

    private static void shutDown() {
        List<ChdbEngine> open;
        synchronized (ChdbProcess.class) {
            open = new ArrayList<>(OPEN_ENGINES);
        }
        open.forEach(ChdbEngine::close); // each waits for a statement it is running
        synchronized (ChdbProcess.class) {
            JvmSignalHandlers.preserve(() -> library.chdb_shutdown());
        }
    }
}

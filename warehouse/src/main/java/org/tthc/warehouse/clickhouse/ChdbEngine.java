package org.tthc.warehouse.clickhouse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * The current ClickHouse engine inside this JVM: chDB's {@code libchdb.so} called through JNA, no server and no port.
 * It proves that our ClickHouse SQL also runs on the ClickHouse a province would deploy today.
 *
 * <p>Results are read as {@code TabSeparatedWithNamesAndTypes} text and decoded by {@link TabSeparatedReader};
 * inserts use chDB's streaming insert, fed with TabSeparated blocks by {@link TabSeparatedWriter}, so one call forms
 * parts as large as a server insert would instead of one part per block. Every call into chDB that runs engine code
 * runs under {@link JvmSignalHandlers#preserve} (about 50 µs; a query costs a millisecond or more), which also
 * serialises such calls across the process: signal dispositions are process-wide. One storage folder per process
 * ({@link ChdbProcess}).
 */
public final class ChdbEngine implements ClickHouseEngine {
    private static final byte[] WITH_NAMES_AND_TYPES = ascii("TabSeparatedWithNamesAndTypes");
    private static final byte[] TAB_SEPARATED = ascii("TabSeparated");
    /** Bytes of encoded rows handed to chDB per call: large enough that the call overhead vanishes. */
    private static final int BLOCK_BYTES = 4 * 1024 * 1024;
    /**
     * ClickHouse's query profiler signals query threads with SIGUSR1/SIGUSR2, and HotSpot owns SIGUSR2; chDB's build
     * installs no profiler handlers today, and these keep it that way.
     */
    private static final String[] SETTINGS = {
        "--query_profiler_real_time_period_ns=0", "--query_profiler_cpu_time_period_ns=0"};

    private final ChdbLibrary chdb;
    private final Pointer handle;
    private final Pointer connection;
    private String description;
    private boolean closed;

    private ChdbEngine(ChdbLibrary chdb, Pointer handle) {
        this.chdb = chdb;
        this.handle = handle;
        this.connection = handle.getPointer(0);
        this.description = "chDB " + chdb.chdb_version().getString(0, "UTF-8");
    }

    /**
     * Loads {@code libraryFile} (once per process) and opens the database stored in {@code storageDirectory}, which
     * is created when missing. A process stores in one folder at a time.
     */
    public static ChdbEngine open(Path libraryFile, Path storageDirectory) {
        ChdbLibrary chdb = ChdbProcess.load(libraryFile);
        Pointer handle = ChdbProcess.connect(chdb, storageDirectory, SETTINGS);
        ChdbEngine engine = new ChdbEngine(chdb, handle);
        ChdbProcess.opened(engine);
        try {
            String clickHouseVersion = engine.query("SELECT version() AS v", row -> row.getString("v")).get(0);
            engine.description += " (ClickHouse " + clickHouseVersion + ")";
            return engine;
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void execute(String sql) {
        run(sql, TAB_SEPARATED);
    }

    @Override
    public synchronized <T> List<T> query(String sql, RowMapper<T> mapper) {
        return TabSeparatedReader.read(run(sql, WITH_NAMES_AND_TYPES), mapper);
    }

    /**
     * chDB keeps one session for the process, which the mirror and the statistics also use: {@code USE database} is
     * undone right after the query, and the settings go into a {@code SETTINGS} clause so they end with it.
     */
    @Override
    public synchronized TextResult queryText(String sql, String database, Map<String, String> settings) {
        String previous = query("SELECT currentDatabase() AS d", row -> row.getString("d")).get(0);
        StringJoiner clause = new StringJoiner(", ", "\nSETTINGS ", "");
        settings.forEach((name, value) -> clause.add(name + " = "
                + (value.matches("[0-9]+") ? value : "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'")));
        execute("USE " + database);
        try {
            return TabSeparatedReader.readText(run(settings.isEmpty() ? sql : sql + clause, WITH_NAMES_AND_TYPES));
        } finally {
            execute("USE " + previous);
        }
    }

    @Override
    public synchronized long insert(String table, List<String> columns, Iterator<Object[]> rows) {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ")";
        byte[] statement = sql.getBytes(StandardCharsets.UTF_8);
        Pointer stream = call(() -> chdb.chdb_stream_insert_n(
                connection(), statement, statement.length, TAB_SEPARATED, TAB_SEPARATED.length));
        try {
            failOnStreamError(stream, sql);
            long count = 0;
            TabSeparatedWriter writer = new TabSeparatedWriter(BLOCK_BYTES + 64 * 1024);
            try (Memory block = new Memory(BLOCK_BYTES + 64 * 1024)) {
                while (rows.hasNext()) {
                    writer.writeRow(rows.next(), columns.size());
                    count++;
                    if (writer.size() >= BLOCK_BYTES) {
                        append(stream, block, writer, sql);
                    }
                }
                append(stream, block, writer, sql);
            }
            Pointer result = call(() -> chdb.chdb_stream_done(stream));
            readResult(result, sql);
            return count;
        } finally {
            JvmSignalHandlers.preserve(() -> chdb.chdb_destroy_insert_stream(stream));
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            ChdbProcess.close(chdb, handle, this);
        }
    }

    private void append(Pointer stream, Memory block, TabSeparatedWriter writer, String sql) {
        if (writer.size() == 0) {
            return;
        }
        Memory target = writer.size() <= block.size() ? block : new Memory(writer.size());
        target.write(0, writer.buffer(), 0, writer.size());
        int size = writer.size();
        int state = call(() -> chdb.chdb_stream_append(stream, target, size));
        writer.clear();
        if (target != block) {
            target.close();
        }
        if (state != 0) {
            failOnStreamError(stream, sql);
            throw new ClickHouseException(description, sql, "chDB refused a block of the insert");
        }
    }

    private void failOnStreamError(Pointer stream, String sql) {
        Pointer error = chdb.chdb_stream_insert_error(stream);
        if (error != null) {
            throw new ClickHouseException(description, sql, error.getString(0, "UTF-8"));
        }
    }

    /** Runs {@code sql} and returns its output in {@code format}. */
    private byte[] run(String sql, byte[] format) {
        byte[] statement = sql.getBytes(StandardCharsets.UTF_8);
        Pointer result = call(() -> chdb.chdb_query_n(connection(), statement, statement.length, format, format.length));
        return readResult(result, sql);
    }

    /** The bytes of {@code result}, which is destroyed; a ClickHouseException when it holds an error. */
    private byte[] readResult(Pointer result, String sql) {
        if (result == null) {
            throw new ClickHouseException(description, sql, "chDB returned no result");
        }
        try {
            Pointer error = chdb.chdb_result_error(result);
            if (error != null) {
                throw new ClickHouseException(description, sql, error.getString(0, "UTF-8"));
            }
            long length = chdb.chdb_result_length(result);
            if (length > Integer.MAX_VALUE - 8) {
                throw new ClickHouseException(description, sql, "the result has " + length
                        + " bytes, more than one Java array holds; aggregate it or read it in pages");
            }
            return length == 0 ? new byte[0] : chdb.chdb_result_buffer(result).getByteArray(0, (int) length);
        } finally {
            chdb.chdb_destroy_query_result(result); // frees memory only: no need for the signal guard
        }
    }

    private Pointer connection() {
        if (closed) {
            throw new IllegalStateException(description + " is closed");
        }
        return connection;
    }

    private static <T> T call(Supplier<T> nativeCall) {
        return JvmSignalHandlers.preserve(nativeCall);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

package org.tthc.warehouse.clickhouse;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;

/**
 * The part of chDB's C API (chdb.h of chDB 26.7, exported by {@code libchdb.so}) that {@link ChdbEngine} calls,
 * mapped by JNA. SQL, formats and data go in as UTF-8 bytes with explicit lengths (the {@code _n} functions), never as
 * Java strings, whose native encoding follows the machine's locale. {@code size_t} is a Java {@code long}: the library
 * is only built for 64-bit Linux here.
 *
 * <p>Handles: {@code chdb_connect} returns a {@code chdb_connection*}; the query functions take the
 * {@code chdb_connection} it points to. A {@code chdb_result*} must be destroyed whether it holds rows or an error.
 */
interface ChdbLibrary extends Library {
    Pointer chdb_version();

    /** With 0, chDB installs no signal handlers of its own; see {@link JvmSignalHandlers} for what else it does. */
    void chdb_set_signal_handlers_enabled(int enabled);

    Pointer chdb_connect(int argc, StringArray argv);

    void chdb_close_conn(Pointer connectionHandle);

    Pointer chdb_query_n(Pointer connection, byte[] query, long queryLength, byte[] format, long formatLength);

    Pointer chdb_result_buffer(Pointer result);

    long chdb_result_length(Pointer result);

    /** NULL when the statement succeeded. */
    Pointer chdb_result_error(Pointer result);

    void chdb_destroy_query_result(Pointer result);

    /** Begins {@code INSERT INTO t (cols)} (no FORMAT clause) fed by {@link #chdb_stream_append}; never NULL. */
    Pointer chdb_stream_insert_n(Pointer connection, byte[] query, long queryLength, byte[] format, long formatLength);

    /** 0 on success. */
    int chdb_stream_append(Pointer stream, Pointer data, long length);

    /** Commits the insert; the returned result carries its error, if any. */
    Pointer chdb_stream_done(Pointer stream);

    /** NULL unless the stream failed. */
    Pointer chdb_stream_insert_error(Pointer stream);

    /** Frees the stream, cancelling it first when it was not finished. */
    void chdb_destroy_insert_stream(Pointer stream);

    /**
     * Joins every thread chDB started; 0 on success, refused while a connection is open. chDB is unusable afterwards,
     * so this is for the end of the process only.
     */
    int chdb_shutdown();
}

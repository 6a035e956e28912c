package org.tthc.warehouse.clickhouse;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One ClickHouse engine the warehouse's ClickHouse SQL runs on, unchanged: a ClickHouse server reached over JDBC
 * (Debian's 18.16 here, any later one in production) or the current engine in-process (chDB through JNA).
 *
 * <p>Values cross the boundary as Java types: {@code String}, {@code Integer}, {@code Long}, {@code Boolean}
 * (UInt8 0/1 in ClickHouse), {@code java.time.LocalDate} (Date), {@code java.time.LocalDateTime} (DateTime('UTC')
 * holding a local Asia/Ho_Chi_Minh wall-clock time, never converted) and {@code null} (Nullable columns).
 * Implementations are safe for use by one thread at a time.
 */
public interface ClickHouseEngine extends AutoCloseable {
    /** What this engine is, for logs and the SQL console: e.g. {@code "ClickHouse server 18.16.1"}, {@code "chDB 26.7.3"}. */
    String description();

    /** Runs one statement that returns no rows (DDL, {@code INSERT … SELECT}, {@code ALTER}). */
    void execute(String sql);

    /** Runs one query and maps each row; the rows are read completely before this returns. */
    <T> List<T> query(String sql, RowMapper<T> mapper);

    /**
     * Runs one query with {@code database} as the current database and {@code settings} (ClickHouse setting names and
     * values, e.g. {@code max_execution_time=30}) applied to this query only, and returns the whole result as text.
     * For analysts' queries: the server takes both as HTTP parameters of the request; chDB, whose session is shared
     * with the warehouse's own statements, switches the database around the query and appends a {@code SETTINGS}
     * clause, so {@code sql} must be a plain SELECT without one.
     */
    TextResult queryText(String sql, String database, Map<String, String> settings);

    /**
     * Streams {@code rows} into {@code table}: each array holds the values of {@code columns} in order. Large inputs
     * are sent in blocks; the rows of one call are not atomic (callers load into a staging table and swap).
     * Returns the number of rows sent.
     */
    long insert(String table, List<String> columns, Iterator<Object[]> rows);

    @Override
    void close();

    /** Maps one result row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultRow row);
    }

    /** One row of a result, read by column name; every getter returns {@code null} for NULL. */
    interface ResultRow {
        String getString(String column);

        Long getLong(String column);

        Integer getInt(String column);

        Boolean getBoolean(String column);

        java.time.LocalDate getDate(String column);

        java.time.LocalDateTime getDateTime(String column);
    }
}

package org.tthc.warehouse.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.spark.sql.Row;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.TableSnapshot;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * Copies the tables the statistics read from the warehouse's Delta tables into PostgreSQL, for the PostgreSQL
 * baseline ({@link PostgresStatistics}). Each table is replaced in one transaction: dropped, re-created, filled with
 * {@code COPY … FROM STDIN} streamed from Spark's {@code toLocalIterator} (no file, no whole table in memory), then
 * keyed and indexed (building indexes after the load is the fast way to bulk-load) and analysed. A reader sees the
 * old table or the new one, never a half-loaded one (PostgreSQL's DDL is transactional).
 */
public final class PostgresMirror {
    /** How much CSV is sent to the server at once. */
    private static final int FLUSH_CHARS = 1 << 20;
    private static final long PROGRESS_NANOS = 5_000_000_000L;

    private final DeltaWarehouse warehouse;
    private final DataSource database;
    private final Consumer<String> progress;

    public PostgresMirror(DeltaWarehouse warehouse, DataSource database, Consumer<String> progress) {
        this.warehouse = warehouse;
        this.database = database;
        this.progress = progress;
    }

    /** Copies every table of {@link PostgresSchema#MIRRORED} at its latest version; returns the rows copied. */
    public long mirrorAll() {
        return mirrorAll(warehouse.latest());
    }

    /** Copies every table of {@link PostgresSchema#MIRRORED} as {@code snapshot} shows it; returns the rows copied. */
    public long mirrorAll(TableSnapshot snapshot) {
        long rows = 0;
        for (WarehouseTable table : PostgresSchema.MIRRORED) {
            rows += mirror(table, snapshot);
        }
        return rows;
    }

    /** Replaces the PostgreSQL copy of {@code table} by the version {@code snapshot} shows; returns the rows copied. */
    public long mirror(WarehouseTable table, TableSnapshot snapshot) {
        String name = table.tableName();
        List<String> columns = PostgresSchema.columns(table);
        Iterator<Row> rows = warehouse.session().table(snapshot.viewName(table))
                .selectExpr(columns.toArray(String[]::new)).toLocalIterator();
        long started = System.nanoTime();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                execute(connection, name, "DROP TABLE IF EXISTS " + name);
                execute(connection, name, PostgresSchema.createTable(table, name));
                long copied = copy(connection, name, columns, rows, started);
                long indexing = System.nanoTime();
                for (String statement : PostgresSchema.indexes(table, name)) {
                    execute(connection, name, statement);
                }
                execute(connection, name, "ANALYZE " + name);
                connection.commit();
                progress.accept(String.format("postgres: %s %,d rows in %.1f s (indexes and analyse %.1f s)", name,
                        copied, (System.nanoTime() - started) / 1e9, (System.nanoTime() - indexing) / 1e9));
                return copied;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PostgresException("loading " + name, "COPY " + name, e);
        }
    }

    private long copy(Connection connection, String name, List<String> columns, Iterator<Row> rows, long started)
            throws SQLException {
        String sql = "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
            long copied = 0;
            long reported = started;
            while (rows.hasNext()) {
                Row row = rows.next();
                Object[] values = new Object[row.length()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.get(i);
                }
                CsvRow.append(buffer, values);
                copied++;
                if (buffer.length() >= FLUSH_CHARS) {
                    send(copy, buffer);
                    long now = System.nanoTime();
                    if (now - reported >= PROGRESS_NANOS) {
                        reported = now;
                        progress.accept(String.format("postgres: %s %,d rows copied (%.0f s)", name, copied,
                                (now - started) / 1e9));
                    }
                }
            }
            send(copy, buffer);
            copy.endCopy();
            return copied;
        } catch (SQLException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            if (e instanceof SQLException sqlException) {
                throw new PostgresException("copying rows into " + name, sql, sqlException);
            }
            throw e;
        }
    }

    private static void send(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    private static void execute(Connection connection, String table, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new PostgresException("loading " + table, sql, e);
        }
    }
}

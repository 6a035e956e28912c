package org.tthc.warehouse.clickhouse;

import java.io.IOException;
import java.util.Optional;

/**
 * A statement failed on a ClickHouse engine. The message names the engine and the start of the SQL, because the same
 * SQL runs on two engines (and two ClickHouse versions) and a failure is only understood knowing which one refused it.
 */
public class ClickHouseException extends RuntimeException {
    /** How much of the statement the message quotes: enough to recognise it, not a whole INSERT's worth of data. */
    static final int QUOTED_SQL_LENGTH = 160;

    private final String engine;
    private final String sql;

    public ClickHouseException(String engine, String sql, String reason, Throwable cause) {
        super(engine + " failed: " + reason.strip() + " [SQL: " + abbreviate(sql) + "]", cause);
        this.engine = engine;
        this.sql = sql;
    }

    public ClickHouseException(String engine, String sql, String reason) {
        this(engine, sql, reason, null);
    }

    /** The {@link ClickHouseEngine#description()} of the engine that failed. */
    public String engine() {
        return engine;
    }

    /** The whole statement that failed. */
    public String sql() {
        return sql;
    }

    /**
     * The failure of the transport, when the server could not be reached or dropped the exchange: an I/O exception
     * among the causes — connection refused or reset, a connect or socket timeout, an unknown host, no response (the
     * legacy driver wraps each in its own SQLException, error code 209 or 210 for the first ones). Empty when the
     * server answered with an error of its own (a syntax error, an unknown table or column, a limit it enforces):
     * the driver carries the server's text there in a plain {@code Throwable}, never an I/O exception. chDB runs
     * in-process and never has one.
     */
    public Optional<IOException> connectionFailure() {
        for (Throwable cause = getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    static String abbreviate(String sql) {
        String start = sql.length() <= 4 * QUOTED_SQL_LENGTH ? sql : sql.substring(0, 4 * QUOTED_SQL_LENGTH);
        String oneLine = start.strip().replaceAll("\\s+", " ");
        boolean cut = oneLine.length() > QUOTED_SQL_LENGTH || start.length() < sql.length();
        return cut ? oneLine.substring(0, Math.min(oneLine.length(), QUOTED_SQL_LENGTH)) + "…" : oneLine;
    }
}

package org.tthc.warehouse.postgres;

import java.sql.SQLException;

/**
 * A statement of the PostgreSQL baseline failed. The message says what was being done (which table was loading,
 * which statistics were computing) and quotes the start of the SQL with PostgreSQL's own reason.
 */
public class PostgresException extends RuntimeException {
    private static final int QUOTED_SQL_LENGTH = 160;

    public PostgresException(String task, String sql, SQLException cause) {
        super("PostgreSQL failed while " + task + ": " + cause.getMessage() + " [SQL: " + abbreviate(sql) + "]",
                cause);
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTED_SQL_LENGTH ? oneLine : oneLine.substring(0, QUOTED_SQL_LENGTH) + "…";
    }
}

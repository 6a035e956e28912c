package org.tthc.warehouse.clickhouse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import ru.yandex.clickhouse.ClickHouseConnection;
import ru.yandex.clickhouse.ClickHouseDataSource;
import ru.yandex.clickhouse.ClickHouseStatement;
import ru.yandex.clickhouse.domain.ClickHouseFormat;
import ru.yandex.clickhouse.settings.ClickHouseQueryParam;

/**
 * A ClickHouse server over HTTP through the legacy {@code ru.yandex.clickhouse} JDBC driver, the only driver that
 * talks to Debian's ClickHouse 18.16 (STACK.md) and that still talks to current servers.
 *
 * <p>Values are read with {@code getString} and converted by {@link TextRow}: the driver's {@code getTimestamp} and
 * {@code getDate} convert through a time zone, and our {@code DateTime('UTC')} columns hold local wall-clock times
 * that must come back unchanged. Inserts send TabSeparated text, one HTTP request per block of rows.
 */
public final class ClickHouseServerEngine implements ClickHouseEngine {
    /** Rows per insert request: about 50 MB of TabSeparated text for the widest table, the dossier. */
    private static final int BLOCK_ROWS = 100_000;

    private final ClickHouseConnection connection;
    private final String description;

    private ClickHouseServerEngine(ClickHouseConnection connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    /** Connects to {@code jdbcUrl} ({@code jdbc:clickhouse://host:port/database}) as {@code user}. */
    public static ClickHouseServerEngine connect(String jdbcUrl, String user, String password) {
        // Not DriverManager: clickhouse-jdbc registers the new com.clickhouse driver for jdbc:clickhouse: URLs.
        ClickHouseDataSource dataSource = new ClickHouseDataSource(jdbcUrl, connectionProperties(user, password));
        String what = "ClickHouse server at " + jdbcUrl;
        try {
            ClickHouseConnection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement();
                 ResultSet version = statement.executeQuery("SELECT version()")) {
                version.next();
                return new ClickHouseServerEngine(connection, "ClickHouse server " + version.getString(1));
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new ClickHouseException(what, "SELECT version()", e.getMessage(), e);
        }
    }

    static Properties connectionProperties(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        // 18.16 answers compressed HTTP requests with an empty body (STACK.md).
        properties.setProperty("compress", "false");
        // We read every value as text, so no zone applies; should a getTimestamp slip in, let it be UTC, the zone our
        // columns are declared in, rather than the JVM's or the server's.
        properties.setProperty("use_server_time_zone", "false");
        properties.setProperty("use_time_zone", "UTC");
        // The server closes an idle HTTP connection after keep_alive_timeout (3 s by default); the driver keeps one
        // for 30 s and then fails on it with "failed to respond". Let it forget them before the server does.
        properties.setProperty("keepAliveTimeout", "2000");
        // The driver's default of 30 s would cut a large load or a long period aggregation.
        properties.setProperty("socket_timeout", Integer.toString(30 * 60 * 1000));
        return properties;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    @Override
    public synchronized <T> List<T> query(String sql, RowMapper<T> mapper) {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData metaData = result.getMetaData();
            String[] names = new String[metaData.getColumnCount()];
            for (int i = 0; i < names.length; i++) {
                names[i] = metaData.getColumnLabel(i + 1);
            }
            TextRow.Columns columns = new TextRow.Columns(names);
            List<T> rows = new ArrayList<>();
            while (result.next()) {
                String[] values = new String[names.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = result.getString(i + 1);
                }
                rows.add(mapper.map(new TextRow(columns, values)));
            }
            return rows;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * The database and the settings travel as parameters of this one HTTP request: {@code USE} would not outlive
     * the request (HTTP has no session here), and a server applies URL parameters it does not know as settings.
     */
    @Override
    public synchronized TextResult queryText(String sql, String database, Map<String, String> settings) {
        try (ClickHouseStatement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql, Map.of(ClickHouseQueryParam.DATABASE, database), null,
                     settings)) {
            ResultSetMetaData metaData = result.getMetaData();
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            for (int i = 1; i <= metaData.getColumnCount(); i++) {
                names.add(metaData.getColumnLabel(i));
                types.add(metaData.getColumnTypeName(i));
            }
            List<List<String>> rows = new ArrayList<>();
            while (result.next()) {
                List<String> values = new ArrayList<>(names.size());
                for (int i = 1; i <= names.size(); i++) {
                    values.add(result.getString(i));
                }
                rows.add(java.util.Collections.unmodifiableList(values));
            }
            return new TextResult(names, types, rows);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * Sends the rows in blocks of at most {@value #BLOCK_ROWS}, each encoded in full before its request starts: the
     * rows often come lazily from Spark, and 18.16 drops a request whose body pauses longer than its keep-alive
     * timeout (3 s) on a reused connection ("failed to respond"), which a Spark job under load easily exceeds.
     */
    @Override
    public synchronized long insert(String table, List<String> columns, Iterator<Object[]> rows) {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") FORMAT TabSeparated";
        long sent = 0;
        while (rows.hasNext()) {
            TabSeparatedRowStream block = new TabSeparatedRowStream(atMost(rows, BLOCK_ROWS), columns.size());
            byte[] encoded;
            try {
                encoded = block.readAllBytes();
            } catch (IOException e) {
                throw block.failure() != null ? block.failure() : new UncheckedIOException(e);
            }
            try (ClickHouseStatement statement = connection.createStatement()) {
                statement.write().sql(sql).format(ClickHouseFormat.TabSeparated)
                        .data(new ByteArrayInputStream(encoded)).send();
            } catch (SQLException e) {
                throw failure(sql, e);
            }
            sent += block.rowCount();
        }
        return sent;
    }

    private static Iterator<Object[]> atMost(Iterator<Object[]> rows, int limit) {
        return new Iterator<>() {
            private int taken;

            @Override
            public boolean hasNext() {
                return taken < limit && rows.hasNext();
            }

            @Override
            public Object[] next() {
                taken++;
                return rows.next();
            }
        };
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("(closing the connection)", e);
        }
    }

    private ClickHouseException failure(String sql, SQLException e) {
        return new ClickHouseException(description, sql, e.getMessage(), e);
    }
}

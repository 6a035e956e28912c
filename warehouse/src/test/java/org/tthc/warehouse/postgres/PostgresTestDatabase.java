package org.tthc.warehouse.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.tthc.warehouse.clickhouse.TestSettings;

/**
 * A fresh database on the throwaway PostgreSQL of scripts/test-services.sh ({@code TTHC_TEST_PG_URL},
 * {@code TTHC_TEST_PG_USER}, {@code TTHC_TEST_PG_PASSWORD}), one per test class, dropped on close. A missing setting
 * fails the test, it never skips.
 */
public final class PostgresTestDatabase implements AutoCloseable {
    private final String name;
    private final PGSimpleDataSource dataSource;

    private PostgresTestDatabase(String name, PGSimpleDataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    /** Creates {@code warehouse_test_<uuid>} and connects to it. */
    public static PostgresTestDatabase create() {
        String name = "warehouse_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        admin("CREATE DATABASE " + name);
        PGSimpleDataSource dataSource = dataSource(TestSettings.required("TTHC_TEST_PG_URL"));
        dataSource.setDatabaseName(name);
        return new PostgresTestDatabase(name, dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void admin(String sql) {
        try (Connection connection = dataSource(TestSettings.required("TTHC_TEST_PG_URL")).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("the test PostgreSQL refused: " + sql, e);
        }
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(TestSettings.required("TTHC_TEST_PG_USER"));
        String password = System.getProperty("TTHC_TEST_PG_PASSWORD", System.getenv("TTHC_TEST_PG_PASSWORD"));
        dataSource.setPassword(password == null ? "" : password);
        return dataSource;
    }
}

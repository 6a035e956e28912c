package org.tthc.portal.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh, migrated portal database for one test: an H2 file database in the test's temporary folder, or a new
 * database on the throwaway PostgreSQL of scripts/test-services.sh (dropped on close). A missing PostgreSQL setting
 * fails the test: it is never skipped.
 */
public final class TestDatabase implements AutoCloseable {
    public enum Kind {
        H2,
        POSTGRESQL
    }

    private final PortalDatabase database;
    private final Runnable cleanup;

    private TestDatabase(PortalDatabase database, Runnable cleanup) {
        this.database = database;
        this.cleanup = cleanup;
    }

    /** Both engines, for {@code @MethodSource("org.tthc.portal.database.TestDatabase#kinds")}. */
    public static Stream<Kind> kinds() {
        return Stream.of(Kind.values());
    }

    public static TestDatabase open(Kind kind, Path temporaryFolder) {
        return switch (kind) {
            case H2 -> new TestDatabase(PortalDatabase.open(PortalDatabaseSettings.embedded(temporaryFolder.resolve("data"))),
                    () -> { });
            case POSTGRESQL -> openPostgresql();
        };
    }

    public PortalDatabase database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        cleanup.run();
    }

    private static TestDatabase openPostgresql() {
        String adminUrl = requiredSetting("TTHC_TEST_PG_URL");
        String user = setting("TTHC_TEST_PG_USER", "postgres");
        String password = setting("TTHC_TEST_PG_PASSWORD", "");
        String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        admin(adminUrl, user, password, "create database " + name);
        String url = withDatabase(adminUrl, name);
        PortalDatabase database = PortalDatabase.open(new PortalDatabaseSettings(url, user, password));
        return new TestDatabase(database, () -> admin(adminUrl, user, password, "drop database if exists " + name));
    }

    /** {@code jdbc:postgresql://host:port/postgres?x} with the database part replaced. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }

    private static void admin(String url, String user, String password, String sql) {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        try (Connection connection = DriverManager.getConnection(url, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql, e);
        }
    }

    /** A system property (mvn -DNAME=…) or else an environment variable of the same name. */
    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null ? fallback : value;
    }

    private static String requiredSetting(String name) {
        String value = setting(name, null);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests through ./tthc test, which starts"
                    + " PostgreSQL (or: eval \"$(scripts/test-services.sh start)\" before mvn)");
        }
        return value;
    }
}

package org.tthc.api.control;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.tthc.portal.database.MigratedDataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The platform's control database: its own operational state (the national outbox), apart from portal-lite's store
 * and from the warehouse. An H2 file under the data folder by default, PostgreSQL by configuration; the schema is
 * brought up to date on open by Flyway from {@code db/control}, with its own history table
 * ({@code control_schema_history}) so that it may share a PostgreSQL database with portal-lite.
 */
public final class ControlDatabase implements AutoCloseable {
    /**
     * H2 speaks PostgreSQL's dialect and folds unquoted names to lower case, as the generated jOOQ code expects;
     * AUTO_SERVER lets {@code ./tthc national status} read the outbox while the running app holds the file open.
     */
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"
            + ";AUTO_SERVER=TRUE";

    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private ControlDatabase(HikariDataSource dataSource, SQLDialect dialect) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, dialect);
    }

    /** The embedded H2 file {@code <dataDirectory>/control/control.mv.db}. */
    public static ControlDatabase embedded(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().resolve("control").resolve("control");
        return open("jdbc:h2:file:" + file + H2_OPTIONS, "sa", "");
    }

    /** PostgreSQL when {@code url} is given, else the embedded H2 under {@code dataDirectory}. */
    public static ControlDatabase open(String url, String user, String password, Path dataDirectory) {
        return url == null || url.isBlank() ? embedded(dataDirectory) : open(url, user, password);
    }

    /** Connects, applies the pending migrations and returns the ready database. */
    public static ControlDatabase open(String url, String user, String password) {
        SQLDialect dialect = dialectOf(url);
        return new ControlDatabase(MigratedDataSource.open("control", url, user, password, 4,
                flyway -> flyway.locations("classpath:db/control").table("control_schema_history")
                        .baselineOnMigrate(true).baselineVersion("0")), dialect);
    }

    static SQLDialect dialectOf(String url) {
        return MigratedDataSource.dialectOf(url, "control database", "; set tthc.control.datasource.url");
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

package org.tthc.portal.database;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The operational store of portal-lite: a pooled {@link DataSource}, the schema brought up to date by Flyway from
 * {@code db/migration}, and a jOOQ {@link DSLContext} over the code generated from the same migrations.
 */
public final class PortalDatabase implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final SQLDialect dialect;
    private final DSLContext dsl;

    private PortalDatabase(HikariDataSource dataSource, SQLDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.dsl = DSL.using(dataSource, dialect);
    }

    /** Connects, applies the pending migrations and returns the ready store. */
    public static PortalDatabase open(PortalDatabaseSettings settings) {
        SQLDialect dialect = dialectOf(settings.url());
        return new PortalDatabase(MigratedDataSource.open("portal-lite", settings.url(), settings.user(),
                settings.password(), 8, flyway -> flyway.locations("classpath:db/migration")), dialect);
    }

    static SQLDialect dialectOf(String url) {
        return MigratedDataSource.dialectOf(url, "portal-lite database", "");
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

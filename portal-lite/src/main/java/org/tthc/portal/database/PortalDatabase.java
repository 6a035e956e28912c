package org.tthc.portal.database;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import com.zaxxer.hikari.HikariConfig;
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
        HikariConfig config = new HikariConfig();
        config.setPoolName("portal-lite");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(8);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            return new PortalDatabase(dataSource, dialect);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    static SQLDialect dialectOf(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException("portal-lite database URL " + url
                + " is neither H2 (jdbc:h2:…) nor PostgreSQL (jdbc:postgresql://host:port/database)");
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

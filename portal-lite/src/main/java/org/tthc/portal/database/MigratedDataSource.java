package org.tthc.portal.database;

import java.util.function.UnaryOperator;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jooq.SQLDialect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A pooled H2 or PostgreSQL data source whose schema Flyway has brought up to date: how portal-lite's store and the
 * platform's control database are both opened.
 */
public final class MigratedDataSource {
    private MigratedDataSource() {
    }

    /**
     * Connects and applies the pending migrations; the pool is closed again when they fail.
     *
     * @param flyway the database's own Flyway settings (locations, history table) on top of the data source
     */
    public static HikariDataSource open(String poolName, String url, String user, String password, int maximumPoolSize,
                                        UnaryOperator<FluentConfiguration> flyway) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName);
        config.setJdbcUrl(url);
        config.setUsername(user == null ? "" : user);
        config.setPassword(password == null ? "" : password);
        config.setMaximumPoolSize(maximumPoolSize);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            flyway.apply(Flyway.configure().dataSource(dataSource)).load().migrate();
            return dataSource;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The jOOQ dialect of a JDBC URL: H2 or PostgreSQL, nothing else.
     *
     * @param what names the database in the error ("portal-lite database")
     * @param hint ends the error, e.g. the setting to fix; may be empty
     */
    public static SQLDialect dialectOf(String url, String what, String hint) {
        if (url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException(what + " URL " + url
                + " is neither H2 (jdbc:h2:…) nor PostgreSQL (jdbc:postgresql://host:port/database)" + hint);
    }
}

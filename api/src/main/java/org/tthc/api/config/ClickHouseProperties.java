package org.tthc.api.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.tthc.warehouse.clickhouse.ChdbEngine;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseServerEngine;

/**
 * {@code tthc.clickhouse.*}: the ClickHouse serving engine. Off by default (Spark serves everything); set {@code url}
 * to mirror the warehouse into a ClickHouse server and serve interactive reads from it, or {@code chdb-library} to
 * run the ClickHouse engine in-process (chDB, data under {@code tthc.warehouse.data-dir}/clickhouse).
 *
 * @param url            JDBC URL of a ClickHouse server, e.g. {@code jdbc:clickhouse://127.0.0.1:8123/default}
 * @param user           server user
 * @param password       server password
 * @param chdbLibrary    path of {@code libchdb.so} (npm package {@code @chdb/lib-linux-x64-gnu}); used when no url
 * @param queryTimeout   time limit of an analyst's query
 * @param maxResultRows  row limit of an analyst's query result
 * @param analystUser    server user of analysts' queries only (a read-only user, docs/configuration.md); empty: the
 *                       queries run as {@code user} on the platform's own connection
 * @param analystPassword its password
 * @param retryInterval  while the server cannot be reached (connection refused or reset, a timeout: not an error the
 *                       server answers with), Spark answers the statistics instead, and one request per this interval
 *                       tries the server again, so a dead server does not add its connection failure to every
 *                       request; default 5 s. Server only (chDB runs in-process)
 */
@ConfigurationProperties("tthc.clickhouse")
public record ClickHouseProperties(
        @DefaultValue("") String url,
        @DefaultValue("default") String user,
        @DefaultValue("") String password,
        @DefaultValue("") String chdbLibrary,
        @DefaultValue("30s") Duration queryTimeout,
        @DefaultValue("10000") int maxResultRows,
        @DefaultValue("") String analystUser,
        @DefaultValue("") String analystPassword,
        @DefaultValue("5s") Duration retryInterval) {
    /** {@code retry-interval}'s default, for the command line, which builds these properties itself. */
    public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(5);

    public boolean serverConfigured() {
        return !url.isBlank();
    }

    public boolean chdbConfigured() {
        return !serverConfigured() && !chdbLibrary.isBlank();
    }

    public boolean enabled() {
        return serverConfigured() || chdbConfigured();
    }

    /** The server's URL without its parameters, for logs: where it is, not how it is asked. */
    public String serverAddress() {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    /** Whether analysts' queries run as a user of their own: a server and {@code analyst-user} are configured. */
    public boolean separateAnalystUser() {
        return serverConfigured() && !analystUser.isBlank();
    }

    /**
     * A connection to the server as {@code analyst-user}, for analysts' queries only (the views are created and the
     * mirror written on the platform's connection); the caller closes it.
     */
    public ClickHouseEngine openAnalystEngine() {
        if (!separateAnalystUser()) {
            throw new IllegalStateException("no separate analyst user: set tthc.clickhouse.url and "
                    + "tthc.clickhouse.analyst-user (docs/configuration.md)");
        }
        return ClickHouseServerEngine.connect(url, analystUser, analystPassword);
    }

    /** The configured engine (the server, else chDB storing under {@code dataDir/clickhouse}); the caller closes it. */
    public ClickHouseEngine openEngine(Path dataDir) {
        if (serverConfigured()) {
            return ClickHouseServerEngine.connect(url, user, password);
        }
        if (chdbConfigured()) {
            return ChdbEngine.open(Path.of(chdbLibrary), dataDir.resolve("clickhouse"));
        }
        throw new IllegalStateException("ClickHouse is not configured: set tthc.clickhouse.url or "
                + "tthc.clickhouse.chdb-library (docs/configuration.md)");
    }
}

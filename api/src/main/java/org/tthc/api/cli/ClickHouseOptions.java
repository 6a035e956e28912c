package org.tthc.api.cli;

import java.time.Duration;

import org.tthc.api.config.ClickHouseProperties;

import picocli.CommandLine.Option;

/**
 * The ClickHouse serving engine on the command line: the options (or the environment variables the app reads,
 * {@code TTHC_CLICKHOUSE_*}) that say where the mirror of the Delta tables lives. Not configured: Spark only.
 */
public final class ClickHouseOptions {
    @Option(names = "--clickhouse-url", defaultValue = "${env:TTHC_CLICKHOUSE_URL:-}",
            description = "JDBC URL of the ClickHouse server holding the mirror (tthc.clickhouse.url).")
    String url;

    @Option(names = "--clickhouse-user", defaultValue = "${env:TTHC_CLICKHOUSE_USER:-default}",
            description = "ClickHouse user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--chdb-library", defaultValue = "${env:TTHC_CLICKHOUSE_CHDB_LIBRARY:-}",
            description = "libchdb.so, for ClickHouse in-process with its data under DATA/clickhouse.")
    String chdbLibrary;

    @Option(names = "--clickhouse-analyst-user", defaultValue = "${env:TTHC_CLICKHOUSE_ANALYST_USER:-}",
            description = "Read-only ClickHouse user analysts' queries run as (tthc.clickhouse.analyst-user; "
                    + "password: $TTHC_CLICKHOUSE_ANALYST_PASSWORD). Default: the ClickHouse user.")
    String analystUser;

    /** The properties these options stand for, with the given query limits; the password comes from the environment. */
    ClickHouseProperties properties(Duration queryTimeout, int maxResultRows) {
        return new ClickHouseProperties(url, user, System.getenv().getOrDefault("TTHC_CLICKHOUSE_PASSWORD", ""),
                chdbLibrary, queryTimeout, maxResultRows, analystUser,
                System.getenv().getOrDefault("TTHC_CLICKHOUSE_ANALYST_PASSWORD", ""),
                ClickHouseProperties.DEFAULT_RETRY_INTERVAL);
    }
}

package org.tthc.api.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.tthc.api.config.AnalystQueries;
import org.tthc.api.config.ClickHouseProperties;
import org.tthc.api.query.Csv;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.query.AnalystQueryGuard;
import org.tthc.warehouse.query.AnalystQueryService;
import org.tthc.warehouse.query.AnalystView;
import org.tthc.warehouse.query.QueryFailedException;
import org.tthc.warehouse.query.QueryRefusedException;
import org.tthc.warehouse.query.QueryResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tthc sql "SELECT …"}: an analyst's query over the analyst views (docs/sql.md) on Spark or ClickHouse; only
 * the result on stdout. A refused query prints the guard's message on stderr and exits with 2.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Runs one read-only query over the analyst views (docs/sql.md) and prints the result.",
                "Engine: ClickHouse when --clickhouse-url or --chdb-library (or TTHC_CLICKHOUSE_URL /",
                "TTHC_CLICKHOUSE_CHDB_LIBRARY) is given, otherwise Spark over the Delta tables.",
                "Exit status: 0 done, 1 the query failed, 2 the query was refused."})
public final class SqlCommand implements Callable<Integer> {
    static final int REFUSED = 2;

    @Mixin
    WarehouseOptions warehouse;

    @Parameters(arity = "0..1", paramLabel = "SQL", description = "One SELECT or WITH … SELECT query.")
    String sql;

    @Option(names = "--views", description = "List the analyst views with their descriptions and columns.")
    boolean views;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--engine", description = "spark or clickhouse (default: clickhouse when configured, else spark).")
    String engine;

    @Mixin
    ClickHouseOptions clickHouseOptions;

    @Option(names = "--mirror", description = "Copy the Delta tables into ClickHouse before the query.")
    boolean mirror;

    @Option(names = "--timeout", defaultValue = "30s", description = "Time limit (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Row limit (default: ${DEFAULT-VALUE}).")
    int maxRows;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Override
    public Integer call() throws JsonProcessingException {
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new IllegalArgumentException("--format must be table, csv or json, was '" + format + "'");
        }
        if (!views && (sql == null || sql.isBlank())) {
            throw new IllegalArgumentException("give a query, e.g. ./tthc sql \"SELECT count(*) FROM dossier\", "
                    + "or --views");
        }
        ClickHouseProperties properties = clickHouseOptions.properties(
                Duration.parse("PT" + timeout.toUpperCase(java.util.Locale.ROOT)), maxRows);
        boolean onClickHouse = engine == null ? properties.enabled() : switch (engine) {
            case "clickhouse" -> true;
            case "spark" -> false;
            default -> throw new IllegalArgumentException("--engine must be spark or clickhouse, was '" + engine + "'");
        };
        if (!views) {
            try { // refuse before starting an engine: the same check runs again inside the service
                new AnalystQueryGuard(AnalystView.names()).check(sql);
            } catch (QueryRefusedException e) {
                System.err.println("refused: " + e.getMessage());
                return REFUSED;
            }
        }
        DeltaWarehouse delta = warehouse.open();
        if (!onClickHouse) {
            try (AnalystQueryService service = AnalystQueries.spark(delta, properties)) {
                return run(service);
            }
        }
        try (ClickHouseEngine clickHouse = properties.openEngine(warehouse.data)) {
            if (mirror) {
                new ClickHouseMirror(delta, clickHouse, System.err::println).mirrorAll();
            }
            try (AnalystQueryService service = AnalystQueries.clickHouse(clickHouse, properties)) {
                return run(service);
            }
        }
    }

    private int run(AnalystQueryService service) throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper();
        if (views) {
            if (format.equals("json")) {
                out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(service.views()));
                return 0;
            }
            for (AnalystQueryService.ViewDescription view : service.views()) {
                out.println(view.name() + ": " + view.description());
                view.columns().forEach(column -> out.println("    " + column.name() + "  " + column.type()));
                out.println();
            }
            return 0;
        }
        QueryResult result;
        try {
            result = service.run(sql);
        } catch (QueryRefusedException e) {
            System.err.println("refused: " + e.getMessage());
            return REFUSED;
        } catch (QueryFailedException e) {
            System.err.println("failed: " + e.getMessage());
            return 1;
        }
        switch (format) {
            case "json" -> out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            case "csv" -> out.print(Csv.of(result));
            default -> out.print(TextTable.of(result));
        }
        if (result.truncated()) {
            System.err.printf("(cut at %,d rows: the row limit)%n", result.rows().size());
        }
        System.err.printf("%,d rows in %d ms on %s%n", result.rows().size(), result.elapsedMillis(), result.engine());
        return 0;
    }
}

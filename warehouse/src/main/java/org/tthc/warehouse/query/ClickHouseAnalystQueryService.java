package org.tthc.warehouse.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseException;
import org.tthc.warehouse.clickhouse.ClickHouseSchema;
import org.tthc.warehouse.clickhouse.TextResult;

/**
 * Analyst queries on ClickHouse (a server or chDB). The analyst views live in a database of their own,
 * {@value #DATABASE} unless another is named, beside the mirrored tables (whose {@code dossier} has every internal
 * column); each view reads its table qualified with the mirrored database. A query passes {@link AnalystQueryGuard}
 * and runs with the views' database as its current database and with limits the engine enforces as settings of that
 * query: {@code readonly=2} (no writes; 1 would also refuse the limits themselves when they arrive as HTTP
 * parameters), {@code max_execution_time}, {@code max_result_rows} with {@code result_overflow_mode='break'} behind
 * the exact {@code LIMIT} of {@link AnalystQueryGuard#withRowLimit}, {@code max_query_size} and {@code max_ast_depth}.
 *
 * <p>On a server the queries can run on a connection of their own as a read-only analyst user
 * ({@link #withQueryEngine}): the server itself then refuses every write and DDL, whatever the guard let through.
 */
public final class ClickHouseAnalystQueryService implements AnalystQueryService {
    /** The database of the analyst views unless another is named (two warehouses on one server, test forks). */
    public static final String DATABASE = "analyst";
    /** ClickHouse's error code for a query stopped at max_execution_time. */
    private static final String TIMEOUT_EXCEEDED = "Code: 159";
    private static final int MAX_AST_DEPTH = 500;

    private final ClickHouseEngine queryEngine;
    private final String database;
    private final boolean ownsQueryEngine;
    private final QueryLimits limits;
    private final AnalystQueryGuard guard = new AnalystQueryGuard(AnalystView.names());

    /**
     * Creates the analyst views that do not exist yet over the tables of {@code engine}'s current database (where
     * {@link org.tthc.warehouse.clickhouse.ClickHouseMirror} copies the warehouse).
     */
    public ClickHouseAnalystQueryService(ClickHouseEngine engine, QueryLimits limits) {
        this(engine, engine, false, limits, DATABASE);
    }

    /** As {@link #ClickHouseAnalystQueryService(ClickHouseEngine, QueryLimits)}, with the views in {@code database}. */
    public ClickHouseAnalystQueryService(ClickHouseEngine engine, QueryLimits limits, String database) {
        this(engine, engine, false, limits, database);
    }

    /**
     * Creates the views like {@link #ClickHouseAnalystQueryService(ClickHouseEngine, QueryLimits)} on {@code engine},
     * and runs the queries and {@link #views()} on {@code queryEngine} (a connection as the read-only analyst user,
     * docs/configuration.md), which {@link #close()} closes.
     */
    public static ClickHouseAnalystQueryService withQueryEngine(ClickHouseEngine engine, ClickHouseEngine queryEngine,
                                                                QueryLimits limits) {
        return withQueryEngine(engine, queryEngine, limits, DATABASE);
    }

    /** As {@link #withQueryEngine(ClickHouseEngine, ClickHouseEngine, QueryLimits)}, the views in {@code database}. */
    public static ClickHouseAnalystQueryService withQueryEngine(ClickHouseEngine engine, ClickHouseEngine queryEngine,
                                                                QueryLimits limits, String database) {
        return new ClickHouseAnalystQueryService(engine, queryEngine, true, limits, database);
    }

    private ClickHouseAnalystQueryService(ClickHouseEngine engine, ClickHouseEngine queryEngine,
                                          boolean ownsQueryEngine, QueryLimits limits, String database) {
        if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain ClickHouse database name: " + database);
        }
        this.queryEngine = queryEngine;
        this.database = database;
        this.ownsQueryEngine = ownsQueryEngine;
        this.limits = limits;
        String mirrored = engine.query("SELECT currentDatabase() AS d", row -> row.getString("d")).get(0);
        // On a server the mirror has not filled yet (the app's first start), the views need the tables to exist:
        // they are created empty here and filled by the mirror.
        ClickHouseSchema.createTables(engine, line -> { });
        engine.execute("CREATE DATABASE IF NOT EXISTS " + database);
        for (AnalystView view : AnalystView.all()) {
            engine.execute("CREATE VIEW IF NOT EXISTS " + database + "." + view.name() + " AS "
                    + view.select(table -> "`" + mirrored + "`." + table.tableName()));
        }
    }

    @Override
    public QueryResult run(String sql) {
        long started = System.nanoTime();
        GuardedQuery query = guard.check(sql);
        TextResult result;
        try {
            result = queryEngine.queryText(AnalystQueryGuard.withRowLimit(query.sql(), limits.maxRows()), database,
                    settings());
        } catch (ClickHouseException e) {
            String message = e.getMessage();
            if (message != null && message.contains(TIMEOUT_EXCEEDED)) {
                throw new QueryFailedException("The query ran longer than the limit of " + timeoutSeconds()
                        + " s and was stopped. Narrow it with WHERE, or aggregate.", true, e);
            }
            throw new QueryFailedException("ClickHouse could not run the query: " + message, false, e);
        }
        List<QueryResult.Column> columns = new ArrayList<>();
        for (int i = 0; i < result.columnNames().size(); i++) {
            columns.add(new QueryResult.Column(result.columnNames().get(i), result.columnTypes().get(i)));
        }
        List<List<String>> rows = result.rows();
        boolean truncated = rows.size() > limits.maxRows();
        return new QueryResult(columns, truncated ? rows.subList(0, limits.maxRows()) : rows, truncated, engine(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public List<ViewDescription> views() {
        return AnalystView.all().stream().map(view -> {
            List<QueryResult.Column> columns = queryEngine.query("DESCRIBE TABLE " + database + "." + view.name(),
                    row -> new QueryResult.Column(row.getString("name"), row.getString("type")));
            return new ViewDescription(view.name(), view.description(), columns);
        }).toList();
    }

    @Override
    public String engine() {
        return queryEngine.description();
    }

    @Override
    public void close() {
        if (ownsQueryEngine) {
            queryEngine.close();
        }
    }

    /** The limits as settings of the one query; on 18.16 max_execution_time counts whole seconds. */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("readonly", "2");
        settings.put("max_execution_time", Long.toString(timeoutSeconds()));
        settings.put("max_result_rows", Integer.toString(limits.maxRows() + 1));
        settings.put("result_overflow_mode", "break");
        settings.put("max_query_size", Integer.toString(AnalystQueryGuard.DEFAULT_MAX_SQL_LENGTH + 1000));
        settings.put("max_ast_depth", Integer.toString(MAX_AST_DEPTH));
        return settings;
    }

    private long timeoutSeconds() {
        return Math.max(1, (limits.timeout().toMillis() + 999) / 1000);
    }
}

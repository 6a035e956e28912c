package org.tthc.warehouse.query;

import java.util.List;

/**
 * Runs analysts' ad-hoc SQL on one engine ({@link SparkAnalystQueryService}, {@link ClickHouseAnalystQueryService}):
 * checked by the guards, over the analyst views only, under a row and a time limit. docs/sql.md is the analysts'
 * guide. Implementations are safe for concurrent use.
 */
public interface AnalystQueryService extends AutoCloseable {
    /**
     * Runs {@code sql}. Throws {@link QueryRefusedException} when the guards refuse it, and
     * {@link QueryFailedException} when the engine could not finish it (also at the time limit).
     */
    QueryResult run(String sql);

    /** The analyst views with their descriptions and columns, in the order of {@code analyst-views.sql}. */
    List<ViewDescription> views();

    /** The engine, for the output and logs. */
    String engine();

    /** Releases what the service opened itself (not the engine or warehouse it was given). */
    @Override
    default void close() {
    }

    /** One analyst view as analysts see it. */
    record ViewDescription(String name, String description, List<QueryResult.Column> columns) {
        public ViewDescription {
            columns = List.copyOf(columns);
        }
    }
}

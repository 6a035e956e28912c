package org.tthc.warehouse.query;

import java.util.List;

/**
 * The result of an analyst's query.
 *
 * @param columns       the result's columns in order, with the engine's type names
 * @param rows          at most the row limit of rows, each value as text in the engine's own form, or null
 * @param truncated     true when the query had more rows than the limit and only the first are here
 * @param engine        the engine that ran it, e.g. {@code "Spark 4.0.1"}, {@code "ClickHouse server 18.16.1"}
 * @param elapsedMillis wall-clock time of the run, checks included
 */
public record QueryResult(List<Column> columns, List<List<String>> rows, boolean truncated, String engine,
                          long elapsedMillis) {
    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One result column: its name and the engine's type name ({@code string}, {@code Nullable(String)}, …). */
    public record Column(String name, String type) {
    }
}

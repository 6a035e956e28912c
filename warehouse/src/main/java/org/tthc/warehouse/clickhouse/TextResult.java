package org.tthc.warehouse.clickhouse;

import java.util.List;

/**
 * A whole query result in ClickHouse's text form: column names and ClickHouse types in order, and each row's values
 * as ClickHouse prints them ({@code null} for NULL). For results whose columns the caller does not know in advance,
 * such as analysts' ad-hoc queries.
 */
public record TextResult(List<String> columnNames, List<String> columnTypes, List<List<String>> rows) {
    public TextResult {
        columnNames = List.copyOf(columnNames);
        columnTypes = List.copyOf(columnTypes);
        rows = List.copyOf(rows);
    }
}

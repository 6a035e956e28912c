package org.tthc.api.query;

import java.util.List;

import org.tthc.warehouse.query.QueryResult;

/**
 * A query result as CSV (RFC 4180): a header line of column names, then one line per row; NULL is an empty field.
 * A cut result says so in no extra line (a CSV reader would take it for data): the JSON form has {@code truncated}.
 */
public final class Csv {
    private Csv() {
    }

    public static String of(QueryResult result) {
        StringBuilder csv = new StringBuilder();
        line(csv, result.columns().stream().map(QueryResult.Column::name).toList());
        for (List<String> row : result.rows()) {
            line(csv, row);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String value = values.get(i);
            if (value != null) {
                boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                        || value.indexOf('\r') >= 0;
                csv.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
            }
        }
        csv.append("\r\n");
    }
}

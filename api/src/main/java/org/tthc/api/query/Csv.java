package org.tthc.api.query;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;

import org.tthc.warehouse.query.QueryResult;

/**
 * Tables as CSV (RFC 4180): a header line of column names, then one line per row; NULL is an empty field. The
 * API's one CSV writer: query results, statistics packets. Served as {@code text/csv;charset=UTF-8}, so Vietnamese
 * text stays intact.
 */
public final class Csv {
    private Csv() {
    }

    /** The CSV media type of every CSV answer. */
    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /**
     * A query result. A cut result says so in no extra line (a CSV reader would take it for data): the JSON form has
     * {@code truncated}.
     */
    public static String of(QueryResult result) {
        return of(result.columns().stream().map(QueryResult.Column::name).toList(), result.rows());
    }

    /** A header line of {@code columns}, then {@code rows}, each as long as the header. */
    public static String of(List<String> columns, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, columns);
        for (List<String> row : rows) {
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

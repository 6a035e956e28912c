package org.tthc.api.cli;

import java.util.ArrayList;
import java.util.List;

import org.tthc.warehouse.query.QueryResult;

/** A query result as an aligned text table for the terminal; NULL shows as {@code NULL}. */
final class TextTable {
    private TextTable() {
    }

    static String of(QueryResult result) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(result.columns().stream().map(QueryResult.Column::name).toList());
        for (List<String> row : result.rows()) {
            lines.add(row.stream().map(value -> value == null ? "NULL" : value.replace('\n', ' ')).toList());
        }
        int[] widths = new int[lines.get(0).size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).codePointCount(0, line.get(i).length()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < lines.size(); l++) {
            for (int i = 0; i < widths.length; i++) {
                String value = lines.get(l).get(i);
                text.append(i == 0 ? "" : " | ").append(value)
                        .append(" ".repeat(widths[i] - value.codePointCount(0, value.length())));
            }
            text.append(System.lineSeparator());
            if (l == 0) {
                for (int i = 0; i < widths.length; i++) {
                    text.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
                }
                text.append(System.lineSeparator());
            }
        }
        return text.toString().replaceAll(" +(\\R)", "$1");
    }
}

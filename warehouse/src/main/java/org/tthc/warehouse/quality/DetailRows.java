package org.tthc.warehouse.quality;

import java.util.List;

/** The rows a check's details query found, every value as text (null stays null). */
public record DetailRows(List<String> columns, List<List<String>> rows) {

    public DetailRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}

package org.tthc.warehouse.clickhouse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * A result row held as ClickHouse's text form of each value, converted to Java types on request. Both engines read
 * values as text (chDB's TabSeparated output, the JDBC driver's {@code getString}), so the conversions, and the
 * guarantee that a {@code DateTime('UTC')} comes back as the wall-clock time that was stored, live here once.
 */
final class TextRow implements ClickHouseEngine.ResultRow {
    private final Columns columns;
    private final String[] values;

    TextRow(Columns columns, String[] values) {
        if (values.length != columns.names.length) {
            throw new IllegalStateException("a result row has " + values.length + " values for "
                    + columns.names.length + " columns");
        }
        this.columns = columns;
        this.values = values;
    }

    @Override
    public String getString(String column) {
        return values[columns.indexOf(column)];
    }

    @Override
    public Long getLong(String column) {
        String text = getString(column);
        return text == null ? null : Long.valueOf(text);
    }

    @Override
    public Integer getInt(String column) {
        String text = getString(column);
        return text == null ? null : Integer.valueOf(text);
    }

    /** UInt8 0/1 as our booleans are stored, and {@code true}/{@code false} as a newer ClickHouse prints {@code Bool}. */
    @Override
    public Boolean getBoolean(String column) {
        String text = getString(column);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> throw new IllegalStateException("column " + column + " holds " + text + ", not a boolean");
        };
    }

    @Override
    public LocalDate getDate(String column) {
        String text = getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, the text form of {@code DateTime}, read as the local time it is. */
    @Override
    public LocalDateTime getDateTime(String column) {
        String text = getString(column);
        if (text == null) {
            return null;
        }
        if (text.length() != 19 || text.charAt(10) != ' ') {
            throw new IllegalStateException("column " + column + " holds " + text + ", not a DateTime");
        }
        return LocalDateTime.of(LocalDate.parse(text.substring(0, 10)), LocalTime.parse(text.substring(11)));
    }

    /** The column names of one result, shared by its rows. */
    static final class Columns {
        private final String[] names;
        private final Map<String, Integer> indexes = new HashMap<>();

        Columns(String[] names) {
            this.names = names.clone();
            for (int i = 0; i < names.length; i++) {
                indexes.putIfAbsent(names[i], i);
            }
        }

        int indexOf(String column) {
            Integer index = indexes.get(column);
            if (index == null) {
                throw new IllegalArgumentException("no column " + column + " in the result; it has "
                        + String.join(", ", names));
            }
            return index;
        }
    }
}

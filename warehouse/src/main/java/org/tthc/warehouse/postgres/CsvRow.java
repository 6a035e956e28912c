package org.tthc.warehouse.postgres;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One row in the CSV format of {@code COPY … FROM STDIN (FORMAT csv)}: a missing value is an empty unquoted field
 * (PostgreSQL's CSV NULL), every string is quoted (so an empty string stays an empty string), dates and local
 * date-times in ISO form with a space, which PostgreSQL reads the same whatever its DateStyle.
 */
final class CsvRow {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private CsvRow() {
    }

    /** Appends {@code values} as one CSV line, newline included. */
    static void append(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            appendValue(out, values[i]);
        }
        out.append('\n');
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            if (text.indexOf('\0') >= 0) {
                // PostgreSQL text cannot hold NUL; refuse rather than store something else than Delta holds
                throw new IllegalArgumentException("a text value contains NUL, which PostgreSQL cannot store: "
                        + text.replace('\0', '?'));
            }
            out.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else if (value instanceof LocalDateTime time) {
            out.append(DATE_TIME.format(time));
        } else if (value instanceof java.sql.Timestamp) {
            throw new IllegalArgumentException("a zoned timestamp reached the copy; the warehouse's are TIMESTAMP_NTZ");
        } else if (value instanceof java.sql.Date date) {
            out.append(date.toLocalDate());
        } else if (value instanceof LocalDate
                || value instanceof Number
                || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("no CSV form for " + value.getClass().getName() + " " + value);
        }
    }
}

package org.tthc.warehouse.clickhouse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes ClickHouse's {@code TabSeparatedWithNamesAndTypes} output: a line of column names, a line of types, then one
 * line per row, fields separated by tabs, special characters as backslash sequences and NULL as {@code \N}. The inverse
 * of {@link TabSeparatedWriter}.
 */
final class TabSeparatedReader {
    private TabSeparatedReader() {
    }

    /** The rows of one complete result, each as a {@link TextRow}, in order. */
    static <T> List<T> read(byte[] utf8, ClickHouseEngine.RowMapper<T> mapper) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        int[] at = {0};
        String[] names = nextLine(text, at);
        if (names == null) {
            return List.of();
        }
        nextLine(text, at); // the types: every value is read from its text, whatever the type
        TextRow.Columns columns = new TextRow.Columns(names);
        List<T> rows = new ArrayList<>();
        for (String[] values = nextLine(text, at); values != null; values = nextLine(text, at)) {
            rows.add(mapper.map(new TextRow(columns, values)));
        }
        return rows;
    }

    /** One complete result with its column names and types, every value as text. */
    static TextResult readText(byte[] utf8) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        int[] at = {0};
        String[] names = nextLine(text, at);
        if (names == null) {
            return new TextResult(List.of(), List.of(), List.of());
        }
        String[] types = nextLine(text, at);
        List<List<String>> rows = new ArrayList<>();
        for (String[] values = nextLine(text, at); values != null; values = nextLine(text, at)) {
            rows.add(java.util.Collections.unmodifiableList(java.util.Arrays.asList(values)));
        }
        return new TextResult(List.of(names), List.of(types), rows);
    }

    /** The decoded fields of the line starting at {@code at[0]}, which moves past it; null at the end of the text. */
    private static String[] nextLine(String text, int[] at) {
        int start = at[0];
        if (start >= text.length()) {
            return null;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        at[0] = end + 1;
        List<String> fields = new ArrayList<>();
        int fieldStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\t') {
                fields.add(unescape(text, fieldStart, i));
                fieldStart = i + 1;
            }
        }
        return fields.toArray(String[]::new);
    }

    /** One field's value: null for {@code \N}, otherwise the text with its backslash sequences resolved. */
    static String unescape(String text, int from, int to) {
        if (to - from == 2 && text.charAt(from) == '\\' && text.charAt(from + 1) == 'N') {
            return null;
        }
        int backslash = text.indexOf('\\', from);
        if (backslash < 0 || backslash >= to) {
            return text.substring(from, to);
        }
        StringBuilder value = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == to) {
                value.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case 't' -> value.append('\t');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case '0' -> value.append('\0');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'a' -> value.append('\u0007');
                case 'v' -> value.append('\u000B');
                case '\\', '\'', '"' -> value.append(escaped);
                default -> value.append('\\').append(escaped);
            }
        }
        return value.toString();
    }
}

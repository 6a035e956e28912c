package org.tthc.warehouse.clickhouse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Encodes rows in ClickHouse's TabSeparated input format as UTF-8 bytes, into a growing buffer that the caller drains
 * block by block. Both engines load through it, so a value is written the same way whichever engine reads it.
 *
 * <p>Escaping follows ClickHouse's text format: backslash, tab, line feed, carriage return, NUL, backspace and form
 * feed are written as backslash sequences; NULL is {@code \N}. Dates and date-times are written as the local values
 * they are ({@code 2025-10-31}, {@code 2025-10-31 17:05:00}): a {@code DateTime('UTC')} column parses that text in
 * its own zone, so no JVM or server time zone takes part. Date-times hold whole seconds, as {@code DateTime} does;
 * fractions are dropped. Strings are encoded by hand because this loop is the insert rate: going through
 * {@code String.getBytes} and a second escaping pass costs about half of it.
 */
final class TabSeparatedWriter {
    private byte[] bytes;
    private int size;

    TabSeparatedWriter(int initialCapacity) {
        bytes = new byte[Math.max(initialCapacity, 64)];
    }

    /** Appends one row; {@code values.length} must be {@code columnCount}. */
    void writeRow(Object[] values, int columnCount) {
        if (values.length != columnCount) {
            throw new IllegalArgumentException("a row has " + values.length + " values for " + columnCount
                    + " columns: " + Arrays.toString(values));
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            writeValue(values[i]);
        }
        put((byte) '\n');
    }

    byte[] buffer() {
        return bytes;
    }

    /** The number of encoded bytes in {@link #buffer()}. */
    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    private void writeValue(Object value) {
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
        } else if (value instanceof String text) {
            writeEscaped(text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            writeLong(((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            put((byte) (flag ? '1' : '0'));
        } else if (value instanceof LocalDateTime dateTime) {
            writeDate(dateTime.toLocalDate());
            put((byte) ' ');
            writeTwoDigits(dateTime.getHour());
            put((byte) ':');
            writeTwoDigits(dateTime.getMinute());
            put((byte) ':');
            writeTwoDigits(dateTime.getSecond());
        } else if (value instanceof LocalDate date) {
            writeDate(date);
        } else if (value instanceof BigDecimal decimal) {
            writeAscii(decimal.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            writeAscii(value.toString());
        } else {
            throw new IllegalArgumentException("no TabSeparated encoding for " + value.getClass().getName() + ": " + value);
        }
    }

    private void writeEscaped(String text) {
        int length = text.length();
        ensureRoom(3 * length);
        byte[] out = bytes;
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                byte escape = escapeOf(c);
                if (escape != 0) {
                    out[at++] = '\\';
                    out[at++] = escape;
                } else {
                    out[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xF0 | codePoint >> 18);
                out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[at++] = '?'; // an unpaired surrogate has no UTF-8 form; String.getBytes writes '?' too
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = at;
    }

    /** The letter after the backslash for a character that must be escaped, or 0. */
    private static byte escapeOf(char c) {
        return switch (c) {
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\0' -> '0';
            case '\b' -> 'b';
            case '\f' -> 'f';
            default -> 0;
        };
    }

    private void writeDate(LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of ClickHouse's Date range: " + date);
        }
        writeTwoDigits(year / 100);
        writeTwoDigits(year % 100);
        put((byte) '-');
        writeTwoDigits(date.getMonthValue());
        put((byte) '-');
        writeTwoDigits(date.getDayOfMonth());
    }

    private void writeTwoDigits(int value) {
        put((byte) ('0' + value / 10));
        put((byte) ('0' + value % 10));
    }

    private void writeLong(long value) {
        if (value == Long.MIN_VALUE) {
            writeAscii(Long.toString(value));
            return;
        }
        ensureRoom(20);
        if (value < 0) {
            bytes[size++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
    }

    private void writeAscii(String text) {
        ensureRoom(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private void put(byte b) {
        if (size == bytes.length) {
            ensureRoom(1);
        }
        bytes[size++] = b;
    }

    private void ensureRoom(int extra) {
        if (bytes.length - size < extra) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }
}

package org.tthc.warehouse.clickhouse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/**
 * Rows as a TabSeparated byte stream, encoded while the reader pulls ({@link ClickHouseServerEngine#insert} reads a
 * block of rows into one request body at a time).
 *
 * <p>An encoding failure (a value of an unsupported type, a row of the wrong width) cannot leave {@link #read} as
 * itself, so it leaves as an {@link IOException} and is kept in {@link #failure()} for the caller to rethrow as the
 * original exception.
 */
final class TabSeparatedRowStream extends InputStream {
    private static final int CHUNK_BYTES = 256 * 1024;

    private final Iterator<Object[]> rows;
    private final int columnCount;
    private final TabSeparatedWriter writer = new TabSeparatedWriter(CHUNK_BYTES + 4096);
    private int position;
    private long rowCount;
    private RuntimeException failure;

    TabSeparatedRowStream(Iterator<Object[]> rows, int columnCount) {
        this.rows = rows;
        this.columnCount = columnCount;
    }

    /** The number of rows encoded so far. */
    long rowCount() {
        return rowCount;
    }

    /** The exception that stopped the encoding, or null. */
    RuntimeException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == writer.size() && !refill()) {
            return -1;
        }
        int count = Math.min(length, writer.size() - position);
        System.arraycopy(writer.buffer(), position, target, offset, count);
        position += count;
        return count;
    }

    private boolean refill() throws IOException {
        writer.clear();
        position = 0;
        try {
            while (writer.size() < CHUNK_BYTES && rows.hasNext()) {
                writer.writeRow(rows.next(), columnCount);
                rowCount++;
            }
        } catch (RuntimeException e) {
            failure = e;
            throw new IOException("row " + (rowCount + 1) + " could not be encoded: " + e.getMessage(), e);
        }
        return writer.size() > 0;
    }
}

package org.tthc.domain.packet;

/**
 * A packet document could not be read or does not conform to its schema. Carries the 1-based line and column
 * where the problem was found when known (-1 otherwise).
 */
public class PacketFormatException extends RuntimeException {
    private final int line;
    private final int column;

    public PacketFormatException(String message, int line, int column, Throwable cause) {
        super(message + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

package org.tthc.domain.packet.dvcqg;

/**
 * A DVCQG file could not be read to its end: broken or truncated JSON, no data array, or a {@code service} that
 * is not a packet this reader knows or contradicts the kind given. Records before {@code position} have already
 * been delivered; the caller should treat the whole file as failed (and may re-read it once repaired, since
 * re-sent records replace, never double).
 */
public class DvcqgFileException extends RuntimeException {
    private final String location;
    private final long position;

    public DvcqgFileException(String location, long position, String message, Throwable cause) {
        super("DVCQG file " + location + (position >= 0 ? ", data record " + position : "") + ": " + message, cause);
        this.location = location;
        this.position = position;
    }

    public String location() {
        return location;
    }

    /** Index in the data array where reading stopped, or -1 when the failure is outside the array. */
    public long position() {
        return position;
    }
}

package org.tthc.domain.packet.lgsp;

/**
 * An LGSP file could not be read to its end: broken XML or JSON, a DTD, or a packet name this reader does not know.
 * Records before the failure have been delivered; treat the file as failed and re-read it once repaired (re-sent
 * records replace, never double).
 */
public class LgspFileException extends RuntimeException {
    private final String location;

    public LgspFileException(String location, String message, Throwable cause) {
        super("LGSP file " + location + ": " + message, cause);
        this.location = location;
    }

    public String location() {
        return location;
    }
}

package org.tthc.api.national;

/** The portal could not be reached or answered in a way that is not a packet's acknowledgement or refusal. */
public final class NationalPortalException extends RuntimeException {
    public NationalPortalException(String message, Throwable cause) {
        super(message, cause);
    }
}

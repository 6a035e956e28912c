package org.tthc.api.reports;

/** Delivering rendered reports to a destination (folder, mail) failed; the run retries, then fails. */
public final class ReportDeliveryException extends RuntimeException {
    public ReportDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}

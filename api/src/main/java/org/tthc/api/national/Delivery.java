package org.tthc.api.national;

/**
 * What one attempt to deliver a packet came to.
 *
 * @param outcome    acknowledged, worth retrying, or refused for good
 * @param httpStatus the portal's HTTP status, 0 when there was no answer
 * @param response   the answer's body, or what went wrong
 */
public record Delivery(Outcome outcome, int httpStatus, String response) {

    public enum Outcome { ACKNOWLEDGED, RETRY, REFUSED }

    /** {@code HTTP 500: …} or the failure alone when there was no answer. */
    public String describe() {
        return httpStatus == 0 ? response : "HTTP " + httpStatus + ": " + response;
    }
}

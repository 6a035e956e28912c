package org.tthc.api.national;

/**
 * Where a packet in the national outbox stands.
 * <ul>
 *   <li>{@code PENDING}: queued, never tried (or re-armed by an operator);</li>
 *   <li>{@code SENT}: a request is in flight; a worker that finds one at start was killed mid-delivery and sends it
 *       again with the same idempotency key;</li>
 *   <li>{@code ACKNOWLEDGED}: the portal accepted it (final);</li>
 *   <li>{@code FAILED}: the last attempt failed for a reason worth retrying; tried again at the next attempt time;</li>
 *   <li>{@code DEAD}: refused by the portal, or out of attempts; waits for an operator ({@code tthc national resend}).</li>
 * </ul>
 */
public enum OutboxStatus {
    PENDING, SENT, ACKNOWLEDGED, FAILED, DEAD;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code dead}, {@code DEAD}: any case. */
    public static OutboxStatus parse(String text) {
        for (OutboxStatus status : values()) {
            if (status.name().equalsIgnoreCase(text.strip())) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown outbox status '" + text
                + "'; one of pending, sent, acknowledged, failed, dead");
    }
}

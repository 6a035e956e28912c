package org.tthc.domain.packet;

import java.util.List;

/**
 * A statistics packet was refused because its counts break an identity of statistics-rules §3: emitting it
 * would send the national portal numbers that do not add up. The fix is upstream, in the computation.
 */
public class PacketIdentityException extends RuntimeException {
    private final String organisationCode;
    private final String period;
    private final List<String> violations;

    public PacketIdentityException(String organisationCode, String period, List<String> violations) {
        super("refusing to build the statistics packet of organisation " + organisationCode + " for period " + period
                + ": " + String.join("; ", violations));
        this.organisationCode = organisationCode;
        this.period = period;
        this.violations = List.copyOf(violations);
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String period() {
        return period;
    }

    /** Each violated identity with its numbers, e.g. {@code total = preExisting + newReception fails: …}. */
    public List<String> violations() {
        return violations;
    }
}

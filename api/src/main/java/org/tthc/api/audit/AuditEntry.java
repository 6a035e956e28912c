package org.tthc.api.audit;

import java.time.Instant;

/** One change of state asked for through the API: who, when, what, on what, and how it ended. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String target, Outcome outcome,
                         String detail) {

    public enum Outcome {
        DONE,
        REFUSED,
        NOT_FOUND,
        FAILED
    }
}

package org.tthc.api.national;

import java.time.Instant;
import java.util.Map;

/** A row of the national outbox, as stored. */
public record OutboxEntry(long id, String packetType, String orgCode, String subject, String idempotencyKey,
                          String orderingKey, String endpoint, String mediaType, String payload, String ruleSet,
                          Map<String, Long> tableVersions, Long supersedes, OutboxStatus status, int attempts,
                          Instant nextAttemptAt, Instant lastAttemptAt, String lastResponse, Instant queuedAt,
                          Instant acknowledgedAt) {
}

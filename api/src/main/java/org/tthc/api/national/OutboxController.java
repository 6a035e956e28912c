package org.tthc.api.national;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/national/outbox[?status=dead][&limit=100][&payload=true]}: the packets in the national outbox,
 * newest first, with the count in each state. The payloads (exactly as sent) only when asked for.
 */
@RestController
public class OutboxController {
    private final Outbox outbox;

    public OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    public record Row(long id, String packetType, String orgCode, String subject, String status, int attempts,
                      Instant nextAttemptAt, Instant lastAttemptAt, String lastResponse, Instant queuedAt,
                      Instant acknowledgedAt, String idempotencyKey, String ruleSet, Map<String, Long> tableVersions,
                      Long supersedes, String mediaType, String payload) {
    }

    public record Answer(Map<String, Integer> counts, List<Row> packets) {
    }

    @GetMapping(path = "/api/national/outbox", produces = MediaType.APPLICATION_JSON_VALUE)
    public Answer outbox(@RequestParam Optional<String> status, @RequestParam(defaultValue = "100") int limit,
                         @RequestParam(defaultValue = "false") boolean payload) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1 to 10000, was " + limit);
        }
        Optional<OutboxStatus> filter = status.map(OutboxStatus::parse);
        Map<String, Integer> counts = new LinkedHashMap<>();
        outbox.counts().forEach((s, n) -> counts.put(s.label(), n));
        List<Row> rows = outbox.list(filter, limit).stream().map(e -> new Row(e.id(), e.packetType(), e.orgCode(),
                e.subject(), e.status().label(), e.attempts(), e.nextAttemptAt(), e.lastAttemptAt(), e.lastResponse(),
                e.queuedAt(), e.acknowledgedAt(), e.idempotencyKey(), e.ruleSet(), e.tableVersions(), e.supersedes(),
                e.mediaType(), payload ? e.payload() : null)).toList();
        return new Answer(counts, rows);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }
}

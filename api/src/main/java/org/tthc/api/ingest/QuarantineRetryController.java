package org.tthc.api.ingest;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.audit.AuditEntry.Outcome;
import org.tthc.api.audit.AuditLog;
import org.tthc.ingestion.quarantine.QuarantineRetry;
import org.tthc.ingestion.quarantine.RetrySummary;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * {@code POST /api/quarantine/retry} with {@code {"ids": ["…"]}} or {@code {"all": true}}: an operator re-reads
 * quarantined records after a fix, as {@code ./tthc quarantine retry} does (one ledger run per source system,
 * records that now pass are ingested and resolved). CSV rows need their column mapping and are retried with the
 * command only. Runs under the ingestion lock; every call is audited.
 */
@RestController
public class QuarantineRetryController {
    private final DeltaWarehouse warehouse;
    private final IngestionLock lock;
    private final AuditLog audit;
    private final Clock clock;

    public QuarantineRetryController(DeltaWarehouse warehouse, IngestionLock lock, AuditLog audit, Clock clock) {
        this.warehouse = warehouse;
        this.lock = lock;
        this.audit = audit;
        this.clock = clock;
    }

    public record RetryRequest(List<String> ids, boolean all) {
    }

    @PostMapping("/api/quarantine/retry")
    public RetrySummary retry(@RequestBody RetryRequest request, Authentication user) {
        List<String> ids = request.ids() == null ? List.of() : request.ids();
        String target = request.all() ? "quarantine/all" : "quarantine/" + String.join(",", ids);
        try {
            if (request.all() == !ids.isEmpty()) {
                throw new IllegalArgumentException("give the ids of the records to retry, or \"all\": true (not both)");
            }
            QuarantineRetry retry = new QuarantineRetry(warehouse, clock, null);
            RetrySummary summary = lock.exclusively(() -> request.all() ? retry.retryAll() : retry.retry(ids));
            audit.record(user.getName(), "quarantine.retry", target, Outcome.DONE, summary.toString());
            return summary;
        } catch (IllegalArgumentException e) {
            audit.record(user.getName(), "quarantine.retry", target, Outcome.REFUSED, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            audit.record(user.getName(), "quarantine.retry", target, Outcome.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
    }
}

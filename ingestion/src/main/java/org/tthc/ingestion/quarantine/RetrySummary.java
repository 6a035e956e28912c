package org.tthc.ingestion.quarantine;

import java.util.List;

/**
 * What a quarantine retry did.
 *
 * @param retried      unresolved records re-read
 * @param resolved     records that now pass: ingested and marked resolved
 * @param stillFailing records rejected again, their reason updated
 * @param runIds       the ledger runs (source {@code retry}), one per source system
 */
public record RetrySummary(int retried, int resolved, int stillFailing, List<String> runIds) {
    @Override
    public String toString() {
        return "retried " + retried + " quarantined record(s): " + resolved + " ingested and resolved, "
                + stillFailing + " still failing" + (runIds.isEmpty() ? "" : " (runs " + String.join(", ", runIds) + ")");
    }
}

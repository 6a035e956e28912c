package org.tthc.ingestion.ledger;

import java.time.LocalDateTime;

/**
 * One ingest run as the ledger holds it. Times are local date-times of Asia/Ho_Chi_Minh.
 *
 * @param source     the kind of source: {@code files}, {@code csv} or {@code portal}
 * @param watermark  the change sequence the run committed (incremental sources), else null
 * @param message    why a failed run failed
 */
public record IngestRun(
        String runId,
        String source,
        String sourceSystem,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        RunStatus status,
        RunCounts counts,
        int filesCommitted,
        int filesSkipped,
        Long watermark,
        String message) {

    /** The id of the run's {@code n}-th batch: staging folders and silver rows carry it. */
    public String batchId(int n) {
        return runId + "-b" + n;
    }
}

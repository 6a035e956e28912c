package org.tthc.api.reports;

import java.time.Instant;
import java.util.List;

/** One run of the report pack for a period, as recorded in the control database's {@code report_run}. */
public record ReportRun(long id, String periodKind, String period, String orgCode, String triggeredBy,
                        ReportRunStatus status, int attempts, String reason, List<String> files, String destinations,
                        Instant startedAt, Instant finishedAt) {
}

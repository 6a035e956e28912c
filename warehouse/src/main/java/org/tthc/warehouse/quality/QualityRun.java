package org.tthc.warehouse.quality;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One run of the checks: what each found, over which scope, on which engine, when.
 *
 * @param computedAt local time of Asia/Ho_Chi_Minh
 * @param batchId    the ingest batch whose load triggered the run; null for a run on demand
 */
public record QualityRun(String runId, CheckScope scope, SqlEngine engine, LocalDateTime computedAt, String batchId,
                         List<CheckResult> results) {

    public QualityRun {
        results = List.copyOf(results);
    }

    public List<CheckResult> findings() {
        return results.stream().filter(CheckResult::isFinding).toList();
    }

    /** One line for logs: {@code quality of the whole warehouse: 9 checks, findings: missing-receive-date (error) 3, …}. */
    public String summary() {
        List<CheckResult> findings = findings();
        String found = findings.isEmpty() ? "no findings" : "findings: " + findings.stream()
                .map(r -> r.checkId() + " (" + r.severity().label() + ") " + (r.failed() ? "FAILED" : r.affected()))
                .collect(Collectors.joining(", "));
        return "quality of " + scope.describe() + ": " + results.size() + " checks, " + found;
    }
}

package org.tthc.warehouse.quality;

import java.util.List;
import java.util.stream.Collectors;

import org.tthc.domain.period.Period;

/**
 * Whether a period's national packet and report pack may go out.
 *
 * @param run        the run of the checks the decision rests on (stored in {@code gold/quality_result})
 * @param refusing   error findings no override covers: each one stops the period
 * @param overridden error findings an operator's override covers
 */
public record GateDecision(Period period, QualityRun run, List<CheckResult> refusing, List<CheckResult> overridden) {

    public GateDecision {
        refusing = List.copyOf(refusing);
        overridden = List.copyOf(overridden);
    }

    public boolean allowed() {
        return refusing.isEmpty();
    }

    /** One line: {@code period 2025-10: refused by missing-receive-date (3), …} or {@code … allowed …}. */
    public String summary() {
        String covered = overridden.isEmpty() ? "" : "; overridden: " + list(overridden);
        return allowed()
                ? "period " + period + ": allowed (no error finding" + (overridden.isEmpty() ? ")" : " left" + covered + ")")
                : "period " + period + ": refused by " + list(refusing) + covered;
    }

    private static String list(List<CheckResult> results) {
        return results.stream()
                .map(r -> r.checkId() + " (" + (r.failed() ? "check failed: " + r.failure() : r.affected()) + ")")
                .collect(Collectors.joining(", "));
    }
}

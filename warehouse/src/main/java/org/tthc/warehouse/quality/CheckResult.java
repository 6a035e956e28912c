package org.tthc.warehouse.quality;

import java.util.List;

/**
 * What one check found in one run.
 *
 * @param affected how many rows the check found; null when it failed to run
 * @param samples  the first few values of the first details column (dossier codes) when it found any
 * @param failure  why the check could not run (the engine's message), or null
 */
public record CheckResult(String checkId, Severity severity, Long affected, List<String> samples, String failure) {

    public CheckResult {
        samples = samples == null ? List.of() : List.copyOf(samples);
        if ((affected == null) == (failure == null)) {
            throw new IllegalArgumentException("a result has either a count or a failure: " + affected + ", " + failure);
        }
    }

    static CheckResult found(QualityCheck check, long affected, List<String> samples) {
        return new CheckResult(check.id(), check.severity(), affected, samples, null);
    }

    static CheckResult failed(QualityCheck check, String failure) {
        return new CheckResult(check.id(), check.severity(), null, List.of(), failure);
    }

    public boolean failed() {
        return failure != null;
    }

    /** Something to look at: rows were found, or the check could not tell. */
    public boolean isFinding() {
        return failed() || affected > 0;
    }
}

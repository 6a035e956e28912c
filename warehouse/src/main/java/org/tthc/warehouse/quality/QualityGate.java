package org.tthc.warehouse.quality;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.tthc.domain.TthcTime;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.delta.DeltaWarehouse;

/**
 * The rule that a period's national statistics packet and its monthly report pack do not go out while the
 * period's data has an error finding, unless an operator overrides that finding with a reason. Everything that
 * sends or files them asks {@link #check} first; every decision's run of the checks is stored, every override is
 * recorded for good.
 */
public final class QualityGate {
    private final QualityRuns runs;
    private final QualityOverrides overrides;
    private final Clock clock;

    public QualityGate(QualityRuns runs, QualityOverrides overrides, Clock clock) {
        this.runs = runs;
        this.overrides = overrides;
        this.clock = clock;
    }

    /** The gate over the warehouse's Delta tables, with the checks run by Spark SQL. */
    public static QualityGate spark(DeltaWarehouse warehouse, Clock clock) {
        return new QualityGate(QualityRuns.spark(warehouse, clock), new QualityOverrides(warehouse), clock);
    }

    /** Runs every check over {@code period} now and decides. */
    public GateDecision check(Period period) {
        return decide(period, runs.run(CheckScope.of(period)));
    }

    /**
     * Decides on a run already made over {@code period}. An error check that failed to run refuses: nobody can
     * tell the period is clean. An override covers its check's finding while the count does not grow.
     */
    public GateDecision decide(Period period, QualityRun run) {
        if (!run.scope().equals(CheckScope.of(period))) {
            throw new IllegalArgumentException("run " + run.runId() + " is over " + run.scope().describe()
                    + ", not period " + period);
        }
        List<QualityOverride> recorded = overrides.forPeriod(period);
        List<CheckResult> refusing = new ArrayList<>();
        List<CheckResult> overridden = new ArrayList<>();
        for (CheckResult result : run.results()) {
            if (result.severity() != Severity.ERROR || !result.isFinding()) {
                continue;
            }
            if (recorded.stream().anyMatch(o -> o.covers(result))) {
                overridden.add(result);
            } else {
                refusing.add(result);
            }
        }
        return new GateDecision(period, run, refusing, overridden);
    }

    /**
     * Records that {@code operator} lets {@code period} go out despite the current finding of error check
     * {@code checkId}, for {@code reason}. The check is run again first: the override covers the count found
     * now, so new bad rows later stop the period again.
     *
     * @throws IllegalArgumentException for an unknown check, one that is not an error, one that finds nothing,
     *                                  or a blank operator or reason
     * @throws IllegalStateException    when the check fails to run (a check that cannot run cannot be waived)
     */
    public QualityOverride override(Period period, String checkId, String operator, String reason) {
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("an override needs the operator's name");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        QualityCheck check = runs.checks().get(checkId);
        if (check.severity() != Severity.ERROR) {
            throw new IllegalArgumentException("check '" + checkId + "' is a " + check.severity().label()
                    + "; only error findings stop a period, so there is nothing to override");
        }
        CheckResult current = runs.run(CheckScope.of(period), List.of(check), null).results().get(0);
        if (current.failed()) {
            throw new IllegalStateException("check '" + checkId + "' failed to run for period " + period + " ("
                    + current.failure() + "); fix the check or the engine, it cannot be overridden");
        }
        if (current.affected() == 0) {
            throw new IllegalArgumentException("check '" + checkId + "' finds nothing in period " + period
                    + "; there is nothing to override");
        }
        QualityOverride override = new QualityOverride(period, checkId, current.affected(), operator.strip(),
                reason.strip(), LocalDateTime.now(clock.withZone(TthcTime.ZONE)));
        overrides.record(override);
        return override;
    }
}

package org.tthc.warehouse.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.warehouse.delta.DeltaWarehouse;

/** Runs the checks on one engine and stores every run in {@code gold/quality_result}. */
public final class QualityRuns {
    private final QualityChecks checks;
    private final QualityRunner runner;
    private final QualityResults results;
    private final Clock clock;

    public QualityRuns(QualityChecks checks, QualityRunner runner, QualityResults results, Clock clock) {
        this.checks = checks;
        this.runner = runner;
        this.results = results;
        this.clock = clock;
    }

    /**
     * The embedded default: the bundled checks, run by Spark SQL over the warehouse's Delta tables, whose
     * {@code calendar_day} is brought up to date with {@link WorkingCalendar#vietnam()} first.
     */
    public static QualityRuns spark(DeltaWarehouse warehouse, Clock clock) {
        CalendarDays.writeIfChanged(warehouse, WorkingCalendar.vietnam());
        return new QualityRuns(QualityChecks.bundled(), new SparkQualityRunner(warehouse), new QualityResults(warehouse),
                clock);
    }

    public QualityChecks checks() {
        return checks;
    }

    /** Every check over the whole warehouse, after a load: the run that ends each ingestion. */
    public QualityRun afterLoad(String batchId) {
        return run(CheckScope.wholeWarehouse(), checks.all(), batchId);
    }

    /** Every check over {@code scope}, now. */
    public QualityRun run(CheckScope scope) {
        return run(scope, checks.all(), null);
    }

    /** The checks given over {@code scope}, now; the run is stored before it is returned. */
    public QualityRun run(CheckScope scope, List<QualityCheck> which, String batchId) {
        LocalDate today = TthcTime.today(clock);
        List<CheckResult> found = runner.runAll(which, scope, today);
        QualityRun run = new QualityRun("quality-" + UUID.randomUUID(), scope, runner.engine(),
                LocalDateTime.now(clock.withZone(TthcTime.ZONE)), batchId, found);
        results.store(run);
        return run;
    }

    /**
     * The latest stored run over {@code scope} (after a load, by {@code ./tthc quality}, by a gate decision), its
     * results in the order of the checks (one no longer defined last); empty when the scope was never checked.
     */
    public Optional<QualityRun> latest(CheckScope scope) {
        List<String> order = checks.all().stream().map(QualityCheck::id).toList();
        Comparator<CheckResult> byCheck = Comparator.comparingInt(r -> {
            int index = order.indexOf(r.checkId());
            return index < 0 ? order.size() : index;
        });
        return results.latest(scope).map(run -> new QualityRun(run.runId(), run.scope(), run.engine(),
                run.computedAt(), run.batchId(),
                run.results().stream().sorted(byCheck.thenComparing(CheckResult::checkId)).toList()));
    }

    /** The first {@code limit} rows check {@code checkId} finds in {@code scope}, now (not stored). */
    public DetailRows details(String checkId, CheckScope scope, int limit) {
        return runner.details(checks.get(checkId), scope, TthcTime.today(clock), limit);
    }
}

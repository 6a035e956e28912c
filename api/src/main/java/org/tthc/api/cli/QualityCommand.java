package org.tthc.api.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import org.tthc.domain.period.Period;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.quality.CheckScope;
import org.tthc.warehouse.quality.QualityCheck;
import org.tthc.warehouse.quality.QualityChecks;
import org.tthc.warehouse.quality.QualityGate;
import org.tthc.warehouse.quality.QualityOverrides;
import org.tthc.warehouse.quality.QualityRun;
import org.tthc.warehouse.quality.QualityRuns;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tthc quality}: the data-quality checks of the warehouse or a period, and the gate of that period. */
@Command(name = "quality", mixinStandardHelpOptions = true, subcommands = QualityOverrideCommand.class,
        description = {"Runs the data-quality checks (checks.yaml) with Spark SQL over the Delta tables, stores the",
                "results in gold/quality_result and prints them: every check with its severity, the rows it found",
                "and what they mean. With --period, only that period's dossiers, and whether its national packet",
                "and report pack may go out (the gate). With --details, the rows one check finds."})
public final class QualityCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--period",
            description = "YYYY-MM, YYYY, YYYY-Qn or YYYY-MM-DD..YYYY-MM-DD (default: the whole warehouse).")
    String period;

    @Option(names = "--details", paramLabel = "CHECK_ID", description = "Print the rows this check finds instead.")
    String details;

    @Option(names = "--limit", description = "Rows printed by --details (default: ${DEFAULT-VALUE}).", defaultValue = "50")
    int limit;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() {
        Period parsed = period == null ? null : Period.parse(period);
        CheckScope scope = parsed == null ? CheckScope.wholeWarehouse() : CheckScope.of(parsed);
        Clock clock = today.clock();
        QualityCheck check = details == null ? null : QualityChecks.bundled().get(details); // before Spark starts
        DeltaWarehouse store = warehouse.open();
        QualityRuns runs = QualityRuns.spark(store, clock);
        if (check != null) {
            System.out.print(QualityReport.details(check, scope, runs.details(details, scope, limit), limit));
            return 0;
        }
        QualityRun run = runs.run(scope);
        System.out.print(QualityReport.results(run, runs.checks()));
        System.out.println();
        if (parsed == null) {
            System.out.println("The gate applies to a period: ./tthc quality --period P");
        } else {
            System.out.print(QualityReport.gate(new QualityGate(runs, new QualityOverrides(store), clock).decide(parsed, run)));
        }
        return 0;
    }
}

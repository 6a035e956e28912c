package org.tthc.api.cli;

import java.util.concurrent.Callable;

import org.tthc.domain.period.Period;
import org.tthc.warehouse.quality.QualityChecks;
import org.tthc.warehouse.quality.QualityGate;
import org.tthc.warehouse.quality.QualityOverride;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tthc quality override}: lets a period go out despite one error finding, recorded with who and why. */
@Command(name = "override", mixinStandardHelpOptions = true,
        description = {"Records that OPERATOR lets the national packet and report pack of a period go out despite",
                "the current finding of one error check, for REASON. The check runs again first; the override",
                "covers the number of rows found now, so more rows found later stop the period again. Overrides",
                "are appended to gold/quality_override and never changed."})
final class QualityOverrideCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--period", required = true, description = "The period, as for tthc quality --period.")
    String period;

    @Option(names = "--check", required = true, paramLabel = "CHECK_ID", description = "The error check to override.")
    String check;

    @Option(names = "--operator", required = true, paramLabel = "NAME", description = "Who decides.")
    String operator;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the period may go out anyway.")
    String reason;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() {
        Period parsed = Period.parse(period);
        QualityChecks.bundled().get(check); // an unknown id fails before Spark starts
        QualityOverride override = QualityGate.spark(warehouse.open(), today.clock())
                .override(parsed, check, operator, reason);
        System.out.printf("Override recorded: period %s, check %s (%d row%s), by %s at %s: %s%n", override.period(),
                override.checkId(), override.affected(), override.affected() == 1 ? "" : "s", override.operator(),
                override.overriddenAt().toString().replace('T', ' '), override.reason());
        System.out.println("./tthc quality --period " + parsed + " shows the gate now.");
        return 0;
    }
}

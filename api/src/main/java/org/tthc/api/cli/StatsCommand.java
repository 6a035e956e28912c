package org.tthc.api.cli;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.tthc.api.statistics.StatisticsService;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.quality.GateDecision;
import org.tthc.warehouse.quality.QualityGate;
import org.tthc.warehouse.statistics.SparkWarehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tthc stats}: the statistics packets of a period, computed with Spark SQL; only packets on stdout. Then the
 * period's quality gate: a warning on stderr when error findings would stop the packets from being sent.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Computes the national statistics packet (MStatistic) of a period with Spark SQL over the",
                "Delta tables: one per level-1 organisation, or one for --org (with everything under it),",
                "in the organisations of the period's end (--view as-reported) or of today (restated).",
                "Standard output carries only the packets; logs and progress go to standard error. A warning on",
                "standard error says when the period's quality gate refuses (see tthc quality)."})
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--period", required = true,
            description = "YYYY-MM (month), YYYY (year), YYYY-Qn (quarter) or YYYY-MM-DD..YYYY-MM-DD.")
    String period;

    @Option(names = "--org", description = "Organisation code, e.g. 000.00.00.H99.")
    String org;

    @Option(names = "--format", description = "json or xml (default: ${DEFAULT-VALUE}).", defaultValue = "json")
    String format;

    @Mixin
    TodayOption today;

    @Mixin
    ViewOption view;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("xml")) {
            throw new IllegalArgumentException("--format must be json or xml, was '" + format + "'");
        }
        Period parsed = Period.parse(period);
        OrganisationView parsedView = view.parsed();
        Clock clock = today.clock();
        DeltaWarehouse store = warehouse.open();
        StatisticsService service = new StatisticsService(new SparkWarehouse(store), clock);
        List<StatisticsPacket> packets = service.packets(parsed, Optional.ofNullable(org), parsedView);
        StatisticsPacketCodec codec = new StatisticsPacketCodec();
        boolean one = org != null || packets.size() == 1;
        String text = format.equals("xml")
                ? (one ? codec.toXml(packets.get(0)) : codec.toXml(packets))
                : (one ? codec.toJson(packets.get(0)) : codec.toJson(packets));
        System.out.println(text);
        // Printing is not sending: the packets are printed whatever the gate says, with a warning when it refuses.
        GateDecision gate = QualityGate.spark(store, clock).check(parsed);
        if (!gate.allowed()) {
            System.err.println("warning: quality gate: " + gate.summary() + ". These packets must not be sent to the "
                    + "national portal, nor the report pack filed, until the findings are fixed or overridden: "
                    + "./tthc quality --period " + parsed);
        }
        return 0;
    }
}

package org.tthc.api.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.tthc.api.statistics.StatisticsService;
import org.tthc.warehouse.statistics.SparkWarehouse;
import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;
import org.tthc.domain.period.Period;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tthc stats}: the statistics packets of a period, computed with Spark SQL; only packets on stdout. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Computes the national statistics packet (MStatistic) of a period with Spark SQL over the",
                "Delta tables: one per level-1 organisation, or one for --org (with everything under it),",
                "in the organisations of the period's end (--view as-reported) or of today (restated).",
                "Standard output carries only the packets; logs and progress go to standard error."})
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

    @Option(names = "--today", description = "Evaluate as if today were this date (default: today in Asia/Ho_Chi_Minh).")
    LocalDate today;

    @Option(names = "--view", defaultValue = "as-reported",
            description = "as-reported: the organisations valid at the period's end (default); restated: history "
                    + "re-attributed through merges and splits to today's organisations.")
    String view;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("xml")) {
            throw new IllegalArgumentException("--format must be json or xml, was '" + format + "'");
        }
        Period parsed = Period.parse(period);
        OrganisationView parsedView = OrganisationView.parse(view);
        Clock clock = today == null ? Clock.system(TthcTime.ZONE)
                : Clock.fixed(today.atTime(12, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
        StatisticsService service = new StatisticsService(new SparkWarehouse(warehouse.open()), clock);
        List<StatisticsPacket> packets = service.packets(parsed, Optional.ofNullable(org), parsedView);
        StatisticsPacketCodec codec = new StatisticsPacketCodec();
        boolean one = org != null || packets.size() == 1;
        String text = format.equals("xml")
                ? (one ? codec.toXml(packets.get(0)) : codec.toXml(packets))
                : (one ? codec.toJson(packets.get(0)) : codec.toJson(packets));
        System.out.println(text);
        return 0;
    }
}

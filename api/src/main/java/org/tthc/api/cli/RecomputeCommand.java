package org.tthc.api.cli;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.tthc.api.config.ClickHouseProperties;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingGrades;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.statistics.GoldRatings;
import org.tthc.warehouse.statistics.GoldStatistics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tthc recompute}: computes periods into the gold tables {@code period_statistics} and {@code rating_index},
 * replacing their rows, and the same partitions of the ClickHouse mirror of {@code period_statistics} when one is
 * configured.
 */
@Command(name = "recompute", mixinStandardHelpOptions = true,
        description = {"Computes the statistics of one or more periods with Spark SQL over the current versions of",
                "the silver tables and writes them to gold (period_statistics) with those versions and the",
                "rule set, replacing exactly those periods of the view in one Delta commit; then the",
                "satisfaction index of the same periods (rating_index, docs/ratings.md).",
                "Prints one line per period: its key, organisations written and the silver versions read,",
                "and one line per period for the index."})
public final class RecomputeCommand implements Callable<Integer> {
    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--period", required = true, split = ",",
            description = "YYYY-MM, YYYY, YYYY-Qn or YYYY-MM-DD..YYYY-MM-DD; several separated by commas.")
    List<String> periods;

    @Mixin
    TodayOption today;

    @Mixin
    ViewOption view;

    @Mixin
    ClickHouseOptions clickHouse;

    @Option(names = "--rating-grades", split = ",", defaultValue = "15,12,9,6",
            description = "Lowest evaluation score of the grades excellent, good, fair and average (inclusive;"
                    + " below: weak). Default: ${DEFAULT-VALUE} (statistics-rules §9).")
    List<BigDecimal> ratingGrades;

    @Override
    public Integer call() {
        List<Period> parsed = periods.stream().map(Period::parse).toList();
        OrganisationView parsedView = view.parsed();
        LocalDate day = today.day();
        DeltaWarehouse delta = warehouse.open();
        GoldStatistics gold = new GoldStatistics(delta, Clock.systemUTC());
        Map<Period, Map<String, PeriodStatistics>> written = gold.recompute(parsed, day, parsedView);
        written.forEach((period, byOrg) -> System.out.println(period + "\t" + parsedView.externalName() + "\t"
                + byOrg.size() + " organisations\t" + gold.sourceVersions(period, parsedView)));
        if (ratingGrades.size() != 4) {
            throw new IllegalArgumentException("--rating-grades takes four scores (excellent,good,fair,average), got "
                    + ratingGrades);
        }
        RatingGrades grades = new RatingGrades(ratingGrades.get(0), ratingGrades.get(1), ratingGrades.get(2),
                ratingGrades.get(3));
        new GoldRatings(delta, grades, Clock.systemUTC()).recompute(parsed, day, parsedView).forEach((period, byOrg) ->
                System.out.println(period + "\t" + parsedView.externalName() + "\t" + byOrg.size()
                        + " organisations rated (rating_index)"));
        ClickHouseProperties properties = clickHouse.properties(Duration.ofSeconds(30), 0);
        if (properties.enabled()) {
            // exactly the recomputed periods' partitions, each replaced atomically in ClickHouse too
            Set<String> keys = parsed.stream().map(Period::toString).collect(Collectors.toSet());
            try (ClickHouseEngine engine = properties.openEngine(warehouse.data)) {
                new ClickHouseMirror(delta, engine, line -> System.err.println("recompute: " + line))
                        .mirror(WarehouseTable.PERIOD_STATISTICS, keys);
            }
        }
        return 0;
    }
}

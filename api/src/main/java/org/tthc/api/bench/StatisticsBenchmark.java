package org.tthc.api.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.Warehouse;

/**
 * All months' statistics of a tier on one engine: every month of the data in one call, as of the day after the
 * last month, in the as-reported view (the packets' view). Set-up opens the engine and loads it (the ClickHouse
 * mirror, the PostgreSQL copy); only the computation is timed.
 */
public final class StatisticsBenchmark implements Benchmark {
    /** Opens an engine over the tier's data, loading it when it needs its own copy; closes it. */
    public interface EngineSetup extends AutoCloseable {
        Warehouse open(Consumer<String> progress) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    private final String name;
    private final String description;
    private final String baseline;
    private final double goal;
    private final EngineSetup setup;
    private final List<Period> periods;
    private final LocalDate today;
    private final Consumer<String> progress;
    private Warehouse warehouse;
    private Map<Period, Map<String, PeriodStatistics>> lastResult;

    public StatisticsBenchmark(String name, String description, String baseline, double goal, EngineSetup setup,
                               YearMonth first, int months, LocalDate today, Consumer<String> progress) {
        this.name = name;
        this.description = description;
        this.baseline = baseline;
        this.goal = goal;
        this.setup = setup;
        this.periods = months(first, months);
        this.today = today;
        this.progress = progress;
    }

    static List<Period> months(YearMonth first, int months) {
        List<Period> periods = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            periods.add(Period.month(month.getYear(), month.getMonthValue()));
        }
        return periods;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String baseline() {
        return baseline;
    }

    @Override
    public double goal() {
        return goal;
    }

    @Override
    public void setUp() throws Exception {
        warehouse = setup.open(line -> progress.accept(name + ": " + line));
        progress.accept(name + ": engine " + warehouse.engine());
    }

    @Override
    public String run() {
        Map<Period, Map<String, PeriodStatistics>> result = warehouse.statistics(periods, today,
                OrganisationView.AS_REPORTED);
        long rows = result.values().stream().mapToLong(Map::size).sum();
        long received = result.values().stream().flatMap(m -> m.values().stream())
                .mapToLong(PeriodStatistics::newReception).sum();
        lastResult = result;
        return String.format(Locale.ROOT, "%d months, %,d org-months, %,d received (summed over all levels)",
                periods.size(), rows, received);
    }

    /** What the last run computed, for the check that every engine gave the same numbers; null before a run. */
    public Map<Period, Map<String, PeriodStatistics>> lastResult() {
        return lastResult;
    }

    @Override
    public void tearDown() throws Exception {
        setup.close();
    }
}

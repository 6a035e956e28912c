package org.tthc.warehouse.clickhouse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.Warehouse;

/**
 * The warehouse served by ClickHouse SQL over the mirror {@link ClickHouseMirror} keeps of the Delta tables, on a
 * ClickHouse server or on chDB in-process.
 */
public final class ClickHouseWarehouse implements Warehouse {
    private final ClickHouseEngine engine;
    private final ClickHouseStatistics statistics;

    public ClickHouseWarehouse(ClickHouseEngine engine) {
        this.engine = engine;
        this.statistics = new ClickHouseStatistics(engine);
    }

    @Override
    public String engine() {
        return engine.description();
    }

    @Override
    public Map<Period, Map<String, PeriodStatistics>> statistics(List<Period> periods, LocalDate today,
                                                                 OrganisationView view) {
        return statistics.computeAll(periods, today, view);
    }

    @Override
    public OrganisationCatalogue catalogue() {
        return statistics.catalogue();
    }
}

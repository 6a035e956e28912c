package org.tthc.api.statistics;

import java.time.LocalDate;
import java.util.Map;

import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.statistics.SparkStatistics;

/** Statistics computed by Spark SQL over the Delta tables, with the organisation catalogue stored beside them. */
public final class WarehouseStatisticsSource implements StatisticsSource {
    private final DeltaWarehouse warehouse;
    private final SparkStatistics statistics;

    public WarehouseStatisticsSource(DeltaWarehouse warehouse) {
        this.warehouse = warehouse;
        this.statistics = new SparkStatistics(warehouse);
    }

    @Override
    public Map<String, PeriodStatistics> compute(Period period, LocalDate today, OrganisationView view) {
        return statistics.compute(period, today, view);
    }

    @Override
    public OrganisationCatalogue catalogue() {
        return warehouse.catalogue();
    }
}

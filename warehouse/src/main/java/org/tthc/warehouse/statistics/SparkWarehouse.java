package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.Warehouse;
import org.tthc.warehouse.delta.DeltaWarehouse;

/** The warehouse served by Spark SQL straight from the Delta tables: the embedded default. */
public final class SparkWarehouse implements Warehouse {
    private final DeltaWarehouse delta;
    private final SparkStatistics statistics;

    public SparkWarehouse(DeltaWarehouse delta) {
        this.delta = delta;
        this.statistics = new SparkStatistics(delta);
    }

    @Override
    public String engine() {
        return "Spark " + delta.session().version() + " (" + delta.session().sparkContext().master() + ")";
    }

    @Override
    public Map<Period, Map<String, PeriodStatistics>> statistics(List<Period> periods, LocalDate today,
                                                                 OrganisationView view) {
        return statistics.computeAll(periods, today, view);
    }

    @Override
    public OrganisationCatalogue catalogue() {
        return delta.catalogue();
    }
}

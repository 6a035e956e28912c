package org.tthc.api.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;
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
    public Map<String, PeriodStatistics> compute(Period period, LocalDate today) {
        return statistics.compute(period, today);
    }

    @Override
    public OrganisationCatalogue catalogue() {
        List<Organisation> organisations = warehouse.table(WarehouseTable.ORG).collectAsList().stream()
                .map(WarehouseStatisticsSource::organisation)
                .toList();
        return new OrganisationCatalogue(organisations);
    }

    private static Organisation organisation(Row row) {
        return new Organisation(
                row.getAs("code"),
                row.getAs("name"),
                ((Number) row.getAs("level")).intValue(),
                OrganisationKind.valueOf(row.getAs("kind")),
                row.getAs("parent_code"),
                row.getAs("valid_from"),
                row.getAs("valid_to"));
    }
}

package org.tthc.warehouse.quality;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/** {@code gold/quality_override}: every override ever made, appended, never changed (who, when, why, for what). */
public final class QualityOverrides {
    private final DeltaWarehouse warehouse;

    public QualityOverrides(DeltaWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    public void record(QualityOverride override) {
        Period p = override.period();
        Row row = RowFactory.create(p.toString(), p.from(), p.to(), override.checkId(), override.affected(),
                override.operator(), override.reason(), override.overriddenAt());
        DeltaRows.write(warehouse, WarehouseTable.QUALITY_OVERRIDE, List.of(row), SaveMode.Append);
    }

    /** The overrides of {@code period} (exactly that period, not one that overlaps it), oldest first. */
    public List<QualityOverride> forPeriod(Period period) {
        return warehouse.table(WarehouseTable.QUALITY_OVERRIDE)
                .where(col("period").equalTo(period.toString())) // the text names one period: 2025-10, 2025-Q4, …
                .orderBy("overridden_at")
                .collectAsList().stream()
                .map(r -> new QualityOverride(period, r.getAs("check_id"), r.<Long>getAs("affected"),
                        r.getAs("operator"), r.getAs("reason"), r.<LocalDateTime>getAs("overridden_at")))
                .toList();
    }
}

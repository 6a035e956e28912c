package org.tthc.warehouse.quality;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * {@code gold/quality_result}: one row per check per run, appended, partitioned by scope ({@code all} or the
 * period). Whatever engine ran the checks, the results are kept here, in the warehouse's store of record.
 */
public final class QualityResults {
    private final DeltaWarehouse warehouse;

    public QualityResults(DeltaWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    public void store(QualityRun run) {
        CheckScope scope = run.scope();
        List<Row> rows = new ArrayList<>();
        for (CheckResult result : run.results()) {
            rows.add(RowFactory.create(run.runId(), scope.label(),
                    scope.isWholeWarehouse() ? null : scope.from(), scope.isWholeWarehouse() ? null : scope.to(),
                    result.checkId(), result.severity().label(), result.affected(), result.samples(), result.failure(),
                    run.engine().label(), run.batchId(), run.computedAt()));
        }
        DeltaRows.write(warehouse, WarehouseTable.QUALITY_RESULT, rows, SaveMode.Append);
    }
}

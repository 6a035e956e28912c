package org.tthc.warehouse.quality;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.spark.sql.Dataset;
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

    /**
     * The latest stored run over {@code scope} (the scope's label names it: {@code all}, {@code 2025-10}, …), its
     * results in the order they were stored; empty when there is none.
     */
    public Optional<QualityRun> latest(CheckScope scope) {
        Dataset<Row> ofScope = warehouse.table(WarehouseTable.QUALITY_RESULT)
                .where(col("scope").equalTo(scope.label()));
        List<Row> newest = ofScope.orderBy(col("computed_at").desc(), col("run_id")).select("run_id").limit(1)
                .collectAsList();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = ofScope.where(col("run_id").equalTo(newest.get(0).getString(0))).collectAsList();
        Row first = rows.get(0);
        List<CheckResult> results = rows.stream().map(r -> new CheckResult(r.getAs("check_id"),
                Severity.valueOf(r.<String>getAs("severity").toUpperCase(Locale.ROOT)), r.<Long>getAs("affected"),
                r.getList(r.fieldIndex("samples")), r.getAs("failure"))).toList();
        return Optional.of(new QualityRun(first.getAs("run_id"), scope,
                SqlEngine.valueOf(first.<String>getAs("engine").toUpperCase(Locale.ROOT)),
                first.<LocalDateTime>getAs("computed_at"), first.getAs("batch_id"), results));
    }
}

package org.tthc.warehouse.quality;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/** Writes rows built in Java into one of the quality tables (they are small; DeltaWarehouse created them). */
final class DeltaRows {
    private DeltaRows() {
    }

    static void write(DeltaWarehouse warehouse, WarehouseTable table, List<Row> rows, SaveMode mode) {
        warehouse.writing(table, () -> warehouse.session().createDataFrame(rows, table.schema()).write()
                .format("delta").mode(mode).save(warehouse.tablePath(table).toString()));
    }
}

package org.tthc.api.procedure;

import static org.apache.spark.sql.functions.col;

import java.util.Comparator;
import java.util.List;

import org.apache.spark.sql.Row;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tthc.api.paging.Paging;
import org.tthc.api.security.Problems;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * {@code GET /api/procedures[?page=0][&size=50]} and {@code GET /api/procedures/{code}}: the procedure catalogue of
 * the warehouse ({@code silver/procedure}, loaded from {@code procedures.json}), ordered by code, a page at a time.
 * The catalogue is the same for every organisation, so a data scope does not narrow it.
 */
@RestController
public class ProceduresController {
    private final DeltaWarehouse warehouse;

    public ProceduresController(DeltaWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * @param onlineServiceLevel MucDo: 2 information and forms only, 3 submitted online, 4 submitted and paid online
     * @param processingTimeUnit WORKING_DAYS or WORKING_HOURS
     */
    public record ProcedureRow(String code, String name, int onlineServiceLevel, int processingTime,
                               String processingTimeUnit) {
        static ProcedureRow of(Row row) {
            return new ProcedureRow(row.getAs("code"), row.getAs("name"), row.<Integer>getAs("online_service_level"),
                    row.<Integer>getAs("processing_time"), row.getAs("processing_time_unit"));
        }
    }

    public record ProcedurePage(int page, int size, int total, List<ProcedureRow> procedures) {
    }

    @GetMapping("/api/procedures")
    public ProcedurePage procedures(@RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        Paging paging = new Paging(page, size);
        List<ProcedureRow> all = warehouse.table(WarehouseTable.PROCEDURE).collectAsList().stream()
                .map(ProcedureRow::of).sorted(Comparator.comparing(ProcedureRow::code)).toList();
        return new ProcedurePage(page, size, all.size(), paging.of(all));
    }

    @GetMapping("/api/procedures/{code}")
    public ProcedureRow procedure(@PathVariable String code) {
        return warehouse.table(WarehouseTable.PROCEDURE).where(col("code").equalTo(code)).collectAsList().stream()
                .map(ProcedureRow::of).findFirst()
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND,
                        "Unknown procedure", "procedure '" + code + "' is not in the catalogue (GET /api/procedures"
                                + " lists it)"), null));
    }
}

package org.tthc.warehouse.process;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.spark.SqlResource;

/**
 * Process monitoring over the warehouse's processing events (the province's supervision of business-process flows):
 * {@code step-times.sql} sums the time of each (organisation, department, step) in Spark SQL; this class adds those
 * rows up per step and per department and ranks them. Read from the Delta tables, the system of record, whichever
 * engine serves the statistics.
 */
public final class StepTimes {
    private static final String STEP_TIMES = SqlResource.load(StepTimes.class, "step-times.sql");
    private static final Comparator<StepTime> LONGEST_AVERAGE_FIRST =
            Comparator.comparing(StepTime::averageHours).reversed().thenComparing(StepTime::steps,
                    Comparator.reverseOrder());

    private final SparkSession spark;

    public StepTimes(DeltaWarehouse warehouse) {
        this.spark = warehouse.session();
    }

    /** One procedure in the filter: its code and the name the dossiers give it. */
    public record ProcedureChoice(String code, String name) {
    }

    /**
     * The steps that ended from {@code from} to {@code to} (whole days), of the dossiers of {@code procedureCode} (all
     * when empty) handled by an organisation {@code organisations} accepts (a user's data scope).
     */
    public ProcessReport report(LocalDate from, LocalDate to, Optional<String> procedureCode,
                                Predicate<String> organisations) {
        List<StepTime> rows = rows(from, to, procedureCode).stream()
                .filter(r -> r.handlingOrgCode() != null && organisations.test(r.handlingOrgCode())).toList();
        List<StepTime> bySteps = sum(rows, StepTime::step).stream().sorted(LONGEST_AVERAGE_FIRST).toList();
        List<StepTime> byDepartments = sum(rows, r -> r.handlingOrgCode() + "\u0000" + r.department()).stream()
                .sorted(LONGEST_AVERAGE_FIRST).toList();
        List<StepTime> overrunSteps = bySteps.stream().filter(s -> s.overruns() > 0)
                .sorted(Comparator.comparing(StepTime::overruns).reversed()
                        .thenComparing(StepTime::overrunPercent, Comparator.reverseOrder())
                        .thenComparing(StepTime::step))
                .toList();
        return new ProcessReport(bySteps, byDepartments, overrunSteps);
    }

    /** The rows of {@code step-times.sql}: one per (organisation, department, step). */
    public List<StepTime> rows(LocalDate from, LocalDate to, Optional<String> procedureCode) {
        Map<String, Object> args = Map.of("from", from.atStartOfDay(), "until", to.plusDays(1).atStartOfDay(),
                "procedure", procedureCode.orElse(""));
        return spark.sql(STEP_TIMES, args).collectAsList().stream().map(StepTimes::stepTime).toList();
    }

    /** The procedures of the stored dossiers, by code. */
    public List<ProcedureChoice> procedures() {
        return spark.sql("SELECT procedure_code, max(procedure_name) FROM dossier WHERE procedure_code IS NOT NULL"
                        + " GROUP BY procedure_code ORDER BY procedure_code").collectAsList().stream()
                .map(r -> new ProcedureChoice(r.getString(0), r.getString(1))).toList();
    }

    private static StepTime stepTime(Row r) {
        return new StepTime(r.getString(0), r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5),
                r.getLong(6), r.getLong(7));
    }

    private static List<StepTime> sum(List<StepTime> rows, Function<StepTime, String> key) {
        Map<String, StepTime> sums = new LinkedHashMap<>();
        rows.forEach(r -> sums.merge(key.apply(r), r, StepTime::plus));
        return List.copyOf(sums.values());
    }
}

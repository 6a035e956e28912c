package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.tthc.domain.statistics.AffectedPeriods;
import org.tthc.domain.statistics.DossierSpan;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.TableSnapshot;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SqlResource;

/**
 * The {@link DossierSpan}s of the dossiers a load (the ingest batches committed between two versions of the silver
 * tables) changed, before and after it ({@code dossier-spans.sql}), and so the periods the load can change
 * ({@link AffectedPeriods}). The spans are small (one or two per changed
 * dossier) and are collected into Java.
 */
public final class LoadSpans {
    private static final String DOSSIER_SPANS = SqlResource.load(LoadSpans.class, "dossier-spans.sql");

    private final DeltaWarehouse warehouse;

    public LoadSpans(DeltaWarehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * The spans of the dossiers the batches committed between the silver versions {@code before} (read before the
     * load, {@link DeltaWarehouse#tableVersions()}) and {@code after} changed, under the rule set in force
     * on {@code today} (one SOLVED bucket for all: the platform has one rule set; a second one with another SOLVED
     * bucket would need the spans per rule set).
     */
    public List<DossierSpan> spans(Map<WarehouseTable, Long> before, Map<WarehouseTable, Long> after, LocalDate today) {
        int[] solved = RecentFacts.solvedUnderAny(List.of(RuleSet.inForceOn(today).statusBuckets()));
        List<DossierSpan> spans = new ArrayList<>();
        try (TableSnapshot old = warehouse.pin(before); TableSnapshot now = warehouse.pin(after)) {
            List<Row> rows = warehouse.session().sql(DOSSIER_SPANS, Map.of(
                    "before_dossier_table", old.viewName(WarehouseTable.DOSSIER),
                    "before_dossier_event_table", old.viewName(WarehouseTable.DOSSIER_EVENT),
                    "after_dossier_table", now.viewName(WarehouseTable.DOSSIER),
                    "after_dossier_event_table", now.viewName(WarehouseTable.DOSSIER_EVENT),
                    "solved_status", solved)).collectAsList();
            for (Row row : rows) {
                spans.add(new DossierSpan(row.getAs("received_on"), row.getAs("last_end_on")));
            }
        }
        return spans;
    }

    /** The months and years the load can change: {@link AffectedPeriods} of its {@link #spans}. */
    public List<Period> affectedPeriods(Map<WarehouseTable, Long> before, Map<WarehouseTable, Long> after,
                                        LocalDate today) {
        return AffectedPeriods.of(spans(before, after, today), today);
    }
}

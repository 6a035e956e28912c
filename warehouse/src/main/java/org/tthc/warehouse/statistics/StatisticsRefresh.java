package org.tthc.warehouse.statistics;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * Gold brought up to date after a load (issue 9): the periods the load can change
 * ({@link LoadSpans#affectedPeriods}) and those stale for another reason are recomputed from the recent facts
 * ({@link GoldStatistics#refresh}), in every view gold holds (as-reported when it holds none yet).
 */
public final class StatisticsRefresh {
    private final DeltaWarehouse warehouse;
    private final GoldStatistics gold;
    private final LoadSpans spans;

    public StatisticsRefresh(DeltaWarehouse warehouse, GoldStatistics gold) {
        this.warehouse = warehouse;
        this.gold = gold;
        this.spans = new LoadSpans(warehouse);
    }

    /**
     * Refreshes gold after a load into silver tables that had the versions {@code before} ({@link
     * DeltaWarehouse#tableVersions()} read before the load: any number of batches since). Returns what was done, per
     * view.
     */
    public Map<OrganisationView, RefreshPlan> afterLoad(Map<WarehouseTable, Long> before, LocalDate today) {
        List<Period> changed = spans.affectedPeriods(before, warehouse.tableVersions(), today);
        Map<OrganisationView, RefreshPlan> plans = new EnumMap<>(OrganisationView.class);
        for (OrganisationView view : storedViews()) {
            plans.put(view, gold.refresh(changed, before, today, view));
        }
        return plans;
    }

    private List<OrganisationView> storedViews() {
        List<OrganisationView> views = new ArrayList<>();
        List<Row> stored = warehouse.table(WarehouseTable.PERIOD_STATISTICS).select(col("view")).distinct()
                .collectAsList();
        stored.forEach(row -> views.add(OrganisationView.parse(row.getString(0))));
        if (views.isEmpty()) {
            views.add(OrganisationView.AS_REPORTED);
        }
        views.sort(null);
        return views;
    }
}

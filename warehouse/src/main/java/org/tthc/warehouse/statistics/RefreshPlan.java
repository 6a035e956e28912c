package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.AffectedPeriods;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * Which periods of one view a refresh of gold recomputes, and which it only re-stamps with the new silver versions
 * ({@link GoldStatistics#refresh}). A stored period is recomputed when the load can change it, and when it is stale
 * for a reason of its own:
 * <ul>
 *   <li>it would now be evaluated as of another day (the current period, a day later) or attributed to another
 *       day's structure (the restated view, computed on another day);</li>
 *   <li>it was computed from other silver versions than the ones the load started from (a load nobody refreshed
 *       for);</li>
 *   <li>the load changed more than dossiers: organisations, successions or status buckets move every period.</li>
 * </ul>
 *
 * @param recomputed  the periods computed again, months first, then years, each by start
 * @param restamped   the stored periods whose numbers stay and whose source versions move to the new ones
 * @param statistics  what the refresh computed (empty in a plan not run yet)
 */
public record RefreshPlan(List<Period> recomputed, List<Period> restamped,
                          Map<Period, Map<String, PeriodStatistics>> statistics) {
    /** The facts a dossier batch changes; a change to any other source table can move every period. */
    static final Set<WarehouseTable> DOSSIER_FACTS = Set.of(WarehouseTable.DOSSIER, WarehouseTable.DOSSIER_EVENT,
            WarehouseTable.DOSSIER_SUPPLEMENT, WarehouseTable.HANDLING_ORG_CODE);

    /** How gold evaluated one stored period: its as-of day, the day it was computed on, the versions it read. */
    public record StoredEvaluation(Period period, LocalDate asOf, LocalDate computedOn,
                                   Map<WarehouseTable, Long> sourceVersions) {
    }

    public RefreshPlan {
        recomputed = List.copyOf(recomputed);
        restamped = List.copyOf(restamped);
        statistics = Map.copyOf(statistics);
    }

    /**
     * @param changed the periods the load can change
     * @param stored  how gold evaluated each period it holds in {@code view}
     * @param before  the source versions before the load
     * @param now     the source versions after it
     */
    public static RefreshPlan of(Collection<Period> changed, Collection<StoredEvaluation> stored,
                                 Map<WarehouseTable, Long> before, Map<WarehouseTable, Long> now, LocalDate today,
                                 OrganisationView view) {
        boolean onlyDossierFacts = before.keySet().stream().filter(t -> !DOSSIER_FACTS.contains(t))
                .allMatch(t -> before.get(t).equals(now.get(t)));
        TreeSet<Period> recomputed = new TreeSet<>(AffectedPeriods.ORDER);
        recomputed.addAll(changed);
        TreeSet<Period> restamped = new TreeSet<>(AffectedPeriods.ORDER);
        for (StoredEvaluation evaluation : stored) {
            if (!onlyDossierFacts || stale(evaluation, before, today, view)) {
                recomputed.add(evaluation.period());
            } else if (!recomputed.contains(evaluation.period())) {
                restamped.add(evaluation.period());
            }
        }
        return new RefreshPlan(new ArrayList<>(recomputed), new ArrayList<>(restamped), Map.of());
    }

    static boolean stale(StoredEvaluation evaluation, Map<WarehouseTable, Long> before, LocalDate today,
                         OrganisationView view) {
        Period period = evaluation.period();
        LocalDate asOf = period.asOfDate(today);
        return !evaluation.asOf().equals(asOf)
                || !view.attributionDay(evaluation.asOf(), evaluation.computedOn())
                        .equals(view.attributionDay(asOf, today))
                || !evaluation.sourceVersions().equals(before);
    }

    RefreshPlan withStatistics(Map<Period, Map<String, PeriodStatistics>> computed) {
        return new RefreshPlan(recomputed, restamped, computed);
    }
}

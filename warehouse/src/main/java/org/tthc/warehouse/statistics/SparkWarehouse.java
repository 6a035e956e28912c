package org.tthc.warehouse.statistics;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.Warehouse;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The warehouse served by Spark SQL straight from the Delta tables: the embedded default.
 *
 * <p>A statistics job takes seconds, so answers are kept, keyed by what determines them: the periods, the day they
 * are computed as of, the view, and the Delta versions of the tables they read. Reading those versions costs about a
 * millisecond a table ({@link DeltaWarehouse#tableVersions(Set)}; questions asked while a read runs share the next
 * one, {@link SharedRead}), so a warm answer is served without Spark, and a
 * commit to any of the tables, by this process or another, makes the next question compute afresh. An answer is kept
 * only for the versions it was computed from: when a commit lands while it is computed, it is computed again over
 * the versions the key names ({@link DeltaWarehouse#pin}).
 */
public final class SparkWarehouse implements Warehouse {
    private static final Set<WarehouseTable> CATALOGUE_SOURCES = EnumSet.of(WarehouseTable.ORG,
            WarehouseTable.ORG_SUCCESSION);
    /** Answers kept; an organisation-period is about a kilobyte, a year of months for 200 organisations 2–3 MB. */
    private static final int KEPT_ANSWERS = 256;

    private final DeltaWarehouse delta;
    private final SparkStatistics statistics;
    private final boolean keepsAnswers;
    private final Cache<StatisticsKey, Map<Period, Map<String, PeriodStatistics>>> answers =
            Caffeine.newBuilder().maximumSize(KEPT_ANSWERS).build();
    private final Cache<Map<WarehouseTable, Long>, OrganisationCatalogue> catalogues =
            Caffeine.newBuilder().maximumSize(4).build();
    /** The sources' versions, one read shared by the questions asked while the previous one ran. */
    private final SharedRead<Map<WarehouseTable, Long>> sourceVersions;

    public SparkWarehouse(DeltaWarehouse delta) {
        this(delta, true);
    }

    private SparkWarehouse(DeltaWarehouse delta, boolean keepsAnswers) {
        this.delta = delta;
        this.statistics = new SparkStatistics(delta);
        this.keepsAnswers = keepsAnswers;
        this.sourceVersions = new SharedRead<>(() -> delta.tableVersions(SparkStatistics.SOURCE_TABLES));
    }

    /** A Spark warehouse that computes every answer afresh: benchmarks measure the computation, not the cache. */
    public static SparkWarehouse computingEveryTime(DeltaWarehouse delta) {
        return new SparkWarehouse(delta, false);
    }

    @Override
    public String engine() {
        return "Spark " + delta.session().version() + " (" + delta.session().sparkContext().master() + ")";
    }

    /** The statistics as of the tables' current versions; the map and its maps are unmodifiable. */
    @Override
    public Map<Period, Map<String, PeriodStatistics>> statistics(List<Period> periods, LocalDate today,
                                                                 OrganisationView view) {
        if (!keepsAnswers) {
            return statistics.computeAll(periods, today, view);
        }
        StatisticsKey key = new StatisticsKey(List.copyOf(periods), today, view, sourceVersions.get());
        return answers.get(key, k -> unmodifiable(computed(k)));
    }

    @Override
    public OrganisationCatalogue catalogue() {
        Map<WarehouseTable, Long> versions = new EnumMap<>(sourceVersions.get());
        versions.keySet().retainAll(CATALOGUE_SOURCES);
        return catalogues.get(versions, v -> delta.readAt(v, delta::catalogue));
    }

    private Map<Period, Map<String, PeriodStatistics>> computed(StatisticsKey key) {
        return delta.readAt(key.versions(),
                snapshot -> statistics.computeAll(key.periods(), key.today(), key.view(), snapshot));
    }

    private static Map<Period, Map<String, PeriodStatistics>> unmodifiable(
            Map<Period, Map<String, PeriodStatistics>> byPeriod) {
        Map<Period, Map<String, PeriodStatistics>> copy = new LinkedHashMap<>();
        byPeriod.forEach((period, byOrg) -> copy.put(period, Collections.unmodifiableMap(byOrg)));
        return Collections.unmodifiableMap(copy);
    }

    private record StatisticsKey(List<Period> periods, LocalDate today, OrganisationView view,
                                 Map<WarehouseTable, Long> versions) {
    }
}

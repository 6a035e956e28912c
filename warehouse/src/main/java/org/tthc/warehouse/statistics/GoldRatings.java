package org.tthc.warehouse.statistics;

import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.tthc.domain.TthcTime;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.IndicatorScore;
import org.tthc.domain.rating.IndicatorScoreCounts;
import org.tthc.domain.rating.RatingGrade;
import org.tthc.domain.rating.RatingGrades;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.rating.SatisfactionShares;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.TableSnapshot;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The gold table {@code rating_index}: {@link SparkRatings} over pinned Delta versions of {@code rating}, {@code org}
 * and {@code org_succession}, graded with the configured thresholds and stored with those versions. A recompute
 * writes one commit that replaces the rows of exactly its periods and view ({@code replaceWhere}), as
 * {@link GoldStatistics} does for {@code period_statistics}.
 */
public final class GoldRatings {
    static final List<WarehouseTable> SOURCES = List.of(WarehouseTable.RATING, WarehouseTable.ORG,
            WarehouseTable.ORG_SUCCESSION);

    private final DeltaWarehouse warehouse;
    private final SparkRatings ratings;
    private final RatingGrades grades;
    private final Clock clock;

    public GoldRatings(DeltaWarehouse warehouse, RatingGrades grades, Clock clock) {
        this.warehouse = warehouse;
        this.ratings = new SparkRatings(warehouse);
        this.grades = grades;
        this.clock = clock;
    }

    /** Computes {@code periods} in {@code view} and replaces their rows in gold in one commit; returns them. */
    public Map<Period, Map<String, RatingStatistics>> recompute(List<Period> periods, LocalDate today,
                                                                OrganisationView view) {
        Map<WarehouseTable, Long> versions = sourceVersions();
        Map<Period, Map<String, RatingStatistics>> results;
        try (TableSnapshot snapshot = warehouse.pin(versions)) {
            results = ratings.computeAll(periods, today, view, snapshot);
        }
        write(results, today, view, GoldStatistics.formatVersions(versions));
        return results;
    }

    /**
     * What a period's rating packets are built from: the index of {@code period} in {@code view}, recomputed into
     * gold as {@link #recompute} does, the indicators' score counts ({@link SparkRatings#scoreCounts}) and the Delta
     * versions of the source tables both were computed from (the same for both).
     */
    public Submitted recomputeForSubmission(Period period, LocalDate today, OrganisationView view) {
        Map<WarehouseTable, Long> versions = sourceVersions();
        Map<Period, Map<String, RatingStatistics>> results;
        Map<String, Map<Integer, IndicatorScoreCounts>> scores;
        try (TableSnapshot snapshot = warehouse.pin(versions)) {
            results = ratings.computeAll(List.of(period), today, view, snapshot);
            scores = ratings.scoreCounts(List.of(period), today, view, snapshot).get(period);
        }
        write(results, today, view, GoldStatistics.formatVersions(versions));
        return new Submitted(results.get(period), scores, versions);
    }

    /**
     * @param index       by organisation code, the organisations with a rating in the period
     * @param scoreCounts by organisation code and indicator; an unanswered indicator is absent
     * @param versions    the Delta versions of {@code rating}, {@code org} and {@code org_succession} read
     */
    public record Submitted(Map<String, RatingStatistics> index,
                            Map<String, Map<Integer, IndicatorScoreCounts>> scoreCounts,
                            Map<WarehouseTable, Long> versions) {
    }

    private Map<WarehouseTable, Long> sourceVersions() {
        Map<WarehouseTable, Long> versions = new EnumMap<>(WarehouseTable.class);
        warehouse.tableVersions().forEach((table, version) -> {
            if (SOURCES.contains(table)) {
                versions.put(table, version);
            }
        });
        return versions;
    }

    /** The index stored in gold for {@code period} and {@code view}, by organisation code. */
    public Map<String, RatingStatistics> read(Period period, OrganisationView view) {
        return readAll(List.of(period), view).get(period);
    }

    /**
     * {@link #read} of each of {@code periods} in one Spark job: every period is a key of the answer, those gold does
     * not hold map to an empty map.
     */
    public Map<Period, Map<String, RatingStatistics>> readAll(List<Period> periods, OrganisationView view) {
        Map<String, Period> byKey = new LinkedHashMap<>();
        Map<Period, Map<String, RatingStatistics>> result = new LinkedHashMap<>();
        for (Period period : periods) {
            byKey.put(period.toString(), period);
            result.put(period, new TreeMap<>());
        }
        if (byKey.isEmpty()) {
            return result;
        }
        for (Row row : warehouse.table(WarehouseTable.RATING_INDEX)
                .where(col("period_key").isin(byKey.keySet().toArray()).and(col("view").equalTo(view.externalName())))
                .collectAsList()) {
            Period period = byKey.get(row.<String>getAs("period_key"));
            List<IndicatorScore> indicators = new ArrayList<>();
            for (int i : RatingRecord.INDICATORS) {
                indicators.add(new IndicatorScore(i, row.<Long>getAs("evaluated_" + i), row.<Long>getAs("score_sum_" + i),
                        row.<BigDecimal>getAs("average_" + i)));
            }
            String org = row.getAs("org_code");
            result.get(period).put(org, new RatingStatistics(org, period, row.<Long>getAs("very_satisfied"),
                    row.<Long>getAs("satisfied"), row.<Long>getAs("not_satisfied"),
                    new SatisfactionShares(row.getAs("very_satisfied_share"), row.getAs("satisfied_share"),
                            row.getAs("not_satisfied_share")), indicators, row.getAs("total")));
        }
        return result;
    }

    private void write(Map<Period, Map<String, RatingStatistics>> results, LocalDate today, OrganisationView view,
                       String sourceVersions) {
        if (results.isEmpty()) {
            return;
        }
        LocalDateTime computedAt = LocalDateTime.now(clock.withZone(TthcTime.ZONE));
        List<Row> rows = new ArrayList<>();
        results.forEach((period, byOrg) -> byOrg.values().forEach(s -> {
            List<Object> values = new ArrayList<>(List.of(period.toString(), period.kind().name(), period.from(),
                    period.to(), view.externalName(), s.orgCode(), s.verySatisfied(), s.satisfied(), s.notSatisfied(),
                    s.shares().verySatisfied(), s.shares().satisfied(), s.shares().notSatisfied()));
            for (IndicatorScore indicator : s.indicators()) {
                values.add(indicator.evaluated());
                values.add(indicator.scoreSum());
                values.add(indicator.average());
            }
            values.add(s.total());
            values.add(s.grade(grades).map(RatingGrade::name).orElse(null));
            values.addAll(List.of(period.asOfDate(today), today, computedAt, sourceVersions));
            rows.add(RowFactory.create(values.toArray()));
        }));
        String periodKeys = results.keySet().stream().map(p -> GoldStatistics.quoted(p.toString()))
                .collect(Collectors.joining(", "));
        String replaced = "period_key IN (" + periodKeys + ") AND view = " + GoldStatistics.quoted(view.externalName());
        warehouse.writing(WarehouseTable.RATING_INDEX, () -> warehouse.session()
                .createDataFrame(rows, WarehouseTable.RATING_INDEX.schema()).write().format("delta")
                .mode(SaveMode.Overwrite).option("replaceWhere", replaced)
                .save(warehouse.tablePath(WarehouseTable.RATING_INDEX).toString()));
    }
}

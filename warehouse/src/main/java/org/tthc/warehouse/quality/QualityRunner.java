package org.tthc.warehouse.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * Runs checks on one engine. The SQL of a check is the same for every engine; only the literals that replace its
 * placeholders are the engine's own (see {@link SparkQualityRunner}, {@link ClickHouseQualityRunner}).
 */
public interface QualityRunner {
    SqlEngine engine();

    /**
     * Runs the check's summary query over {@code scope}, and when it finds rows, the first few of its details for
     * samples. A check that fails to run gives a failed result naming the engine's error; it does not stop others.
     *
     * @param today the day "in the future" starts after, in Asia/Ho_Chi_Minh
     */
    CheckResult run(QualityCheck check, CheckScope scope, LocalDate today);

    /**
     * {@link #run} for each of {@code checks}, results in their order. An engine may ask for all the counts at once;
     * the results are the same as one by one.
     */
    default List<CheckResult> runAll(List<QualityCheck> checks, CheckScope scope, LocalDate today) {
        return checks.stream().map(check -> run(check, scope, today)).toList();
    }

    /** The first {@code limit} rows the check's details query finds in {@code scope}. */
    DetailRows details(QualityCheck check, CheckScope scope, LocalDate today, int limit);
}

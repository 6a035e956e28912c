package org.tthc.warehouse.statistics;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;

/** Compares the statistics of two engines for one period, whole maps, and fails with a readable difference. */
final class StatisticsComparison {
    private static final Map<String, ToLongFunction<PeriodStatistics>> COUNTS = orderedCounts();

    private StatisticsComparison() {
    }

    static void assertSameStatistics(String context, Period period, Map<String, PeriodStatistics> actual,
                                     Map<String, PeriodStatistics> expected) {
        if (actual.equals(expected)) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (String org : new TreeSet<>(union(actual, expected))) {
            PeriodStatistics a = actual.get(org);
            PeriodStatistics e = expected.get(org);
            if (a == null || e == null) {
                lines.add("  " + org + ": " + (a == null ? "missing in the engine" : "missing in reference")
                        + " (" + (a == null ? e : a) + ")");
            } else if (!a.equals(e)) {
                StringBuilder line = new StringBuilder("  " + org + ":");
                COUNTS.forEach((name, count) -> {
                    if (count.applyAsLong(a) != count.applyAsLong(e)) {
                        line.append(' ').append(name).append(" engine=").append(count.applyAsLong(a))
                                .append(" reference=").append(count.applyAsLong(e)).append(';');
                    }
                });
                if (!Objects.equals(a.ruleSet(), e.ruleSet()) || !Objects.equals(a.period(), e.period())) {
                    line.append(" period/rule set ").append(a.period()).append('/').append(a.ruleSet())
                            .append(" vs ").append(e.period()).append('/').append(e.ruleSet());
                }
                lines.add(line.toString());
            }
        }
        fail(context + ", period " + period + ": the engine differs from the reference\n" + String.join("\n", lines));
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, ToLongFunction<PeriodStatistics>> orderedCounts() {
        Map<String, ToLongFunction<PeriodStatistics>> counts = new java.util.LinkedHashMap<>();
        counts.put("total", PeriodStatistics::total);
        counts.put("preExisting", PeriodStatistics::preExisting);
        counts.put("newReception", PeriodStatistics::newReception);
        counts.put("newReceptionOnline", PeriodStatistics::newReceptionOnline);
        counts.put("totalSolved", PeriodStatistics::totalSolved);
        counts.put("solvedInTime", PeriodStatistics::solvedInTime);
        counts.put("solvedAheadOfTime", PeriodStatistics::solvedAheadOfTime);
        counts.put("solvedLate", PeriodStatistics::solvedLate);
        counts.put("totalPending", PeriodStatistics::totalPending);
        counts.put("pendingLate", PeriodStatistics::pendingLate);
        return counts;
    }
}

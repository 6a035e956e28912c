package org.tthc.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.StatusBuckets;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * The ClickHouse statistics SQL on hand-made dossiers, one per rule, with the counts worked out by hand, on both
 * engines: it parses and means the same on the 2018 server and on the current engine. (The cross-engine test then
 * compares it with the reference and Spark on generated histories.)
 */
class ClickHouseStatisticsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final Period JANUARY = Period.month(2025, 1);
    private static final Period FEBRUARY = Period.month(2025, 2);

    static Stream<Arguments> engines() {
        return Stream.of(
                Arguments.of("ClickHouse server", (Supplier<ClickHouseEngine>) TestSettings::server),
                Arguments.of("chDB", (Supplier<ClickHouseEngine>) SharedChdb::engine));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void countsEveryRuleAsWorkedOutByHand(String name, Supplier<ClickHouseEngine> engines) {
        ClickHouseEngine engine = engines.get();
        fill(engine);

        Map<Period, Map<String, PeriodStatistics>> all =
                new ClickHouseStatistics(engine).computeAll(List.of(JANUARY, FEBRUARY), TODAY);

        // d1 online, solved ahead; d2 pending past its due date; d3 carried over from December, solved on the due
        // day; d4 solved ahead of the date its supplement round moved the due date to; d5 waiting for the applicant
        // since before its due date (not late); d6 withdrawn after its due date (counts on time); d7 solved late.
        // Not counted: d8 (inter-agency copy), d9 (February), d10 (refused at intake).
        PeriodStatistics january = all.get(JANUARY).get("A");
        assertThat(counts(january)).containsExactly(7L, 1L, 6L, 1L, 5L, 4L, 2L, 1L, 2L, 1L);
        assertThat(all.get(JANUARY).get("P")).as("the parent counts the same dossiers")
                .isEqualTo(new PeriodStatistics("P", JANUARY, january.ruleSet(), january.total(),
                        january.preExisting(), january.newReception(), january.newReceptionOnline(),
                        january.totalSolved(), january.solvedInTime(), january.solvedAheadOfTime(),
                        january.solvedLate(), january.totalPending(), january.pendingLate()));
        // February: d2 and d5 carried over and still pending (d2 late; d5's clock stopped before its due date),
        // d9 received and pending, due 2025-02-20 < 28: late.
        assertThat(counts(all.get(FEBRUARY).get("A"))).containsExactly(3L, 2L, 1L, 0L, 0L, 0L, 0L, 0L, 3L, 2L);
    }

    private static List<Long> counts(PeriodStatistics s) {
        return List.of(s.total(), s.preExisting(), s.newReception(), s.newReceptionOnline(), s.totalSolved(),
                s.solvedInTime(), s.solvedAheadOfTime(), s.solvedLate(), s.totalPending(), s.pendingLate());
    }

    private static void fill(ClickHouseEngine engine) {
        for (WarehouseTable table : ClickHouseSchema.MIRRORED) {
            engine.execute("DROP TABLE IF EXISTS " + table.tableName());
        }
        ClickHouseSchema.createTables(engine, message -> { });
        List<String> dossierColumns = List.of("source_system", "dossier_code", "handling_org_code", "channel",
                "received_at", "due_at", "status", "finished_at", "original_dossier_code", "content_hash", "batch_id",
                "received_month");
        engine.insert("dossier", dossierColumns, rows(
                dossier("d1", 2, "2025-01-10T08:00", "2025-01-15T08:00", 10, "2025-01-14T09:00", null),
                dossier("d2", 1, "2025-01-20T08:00", "2025-01-25T08:00", 4, null, null),
                dossier("d3", 1, "2024-12-20T08:00", "2025-01-05T08:00", 9, "2025-01-05T17:00", null),
                dossier("d4", 1, "2025-01-06T08:00", "2025-01-08T08:00", 9, "2025-01-15T10:00", null),
                dossier("d5", 1, "2025-01-06T08:00", "2025-01-09T08:00", 5, null, null),
                dossier("d6", 1, "2025-01-02T08:00", "2025-01-10T08:00", 7, "2025-01-20T10:00", null),
                dossier("d7", 1, "2025-01-03T08:00", "2025-01-06T08:00", 9, "2025-01-08T10:00", null),
                dossier("d8", 1, "2025-01-03T08:00", "2025-01-06T08:00", 4, null, "d7"),
                dossier("d9", 1, "2025-02-03T08:00", "2025-02-20T08:00", 4, null, null),
                dossier("d10", 1, "2025-01-04T08:00", null, 3, null, null)));
        engine.insert("dossier_event", List.of("source_system", "dossier_code", "event_id", "occurred_at", "status",
                "batch_id", "occurred_month"), rows(
                event("d1", "e1", "2025-01-10T08:00", 2), event("d1", "e2", "2025-01-14T09:00", 9),
                event("d1", "e3", "2025-01-16T09:00", 10),
                event("d3", "e4", "2025-01-05T17:00", 9),
                event("d4", "e5", "2025-01-07T10:00", 5), event("d4", "e6", "2025-01-13T09:00", 4),
                event("d4", "e7", "2025-01-15T10:00", 9),
                event("d5", "e8", "2025-01-08T10:00", 5),
                event("d6", "e9", "2025-01-20T10:00", 7),
                event("d7", "e10", "2025-01-08T10:00", 9)));
        engine.insert("dossier_supplement", List.of("source_system", "dossier_code", "round_no", "requested_at",
                "completed_at", "due_after"), rows(
                new Object[] {"s", "d4", 1, at("2025-01-07T10:00"), at("2025-01-13T09:00"), at("2025-01-16T09:00")},
                new Object[] {"s", "d5", 1, at("2025-01-08T10:00"), null, null}));
        List<Object[]> buckets = new ArrayList<>();
        for (StatusBuckets.Row row : StatusBuckets.allRows()) {
            buckets.add(new Object[] {row.ruleSet(), row.statusCode(), row.bucket().name(), row.countsOnTime()});
        }
        engine.insert("status_bucket", List.of("rule_set", "status_code", "bucket", "counts_on_time"),
                buckets.iterator());
        engine.insert("org", List.of("code", "name", "level", "kind", "parent_code", "valid_from", "valid_to",
                "code_scheme"), rows(
                new Object[] {"P", "Tỉnh P", 1, "PROVINCE", null, null, null, "AGENCY_ID"},
                new Object[] {"A", "Sở A", 2, "DEPARTMENT", "P", null, null, "AGENCY_ID"}));
        engine.insert("handling_org_code", List.of("org_code"), rows(new Object[] {"A"}));
    }

    private static Object[] dossier(String code, int channel, String received, String due, int status,
                                    String finished, String original) {
        return new Object[] {"s", code, "A", channel, at(received), at(due), status, at(finished), original,
                "hash-" + code, "b1", received.substring(0, 7)};
    }

    private static Object[] event(String dossier, String id, String at, int status) {
        return new Object[] {"s", dossier, id, at(at), status, "b1", at.substring(0, 7)};
    }

    private static LocalDateTime at(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }

    private static Iterator<Object[]> rows(Object[]... rows) {
        return List.of(rows).iterator();
    }
}

package org.tthc.warehouse.statistics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.clickhouse.ClickHouseServerEngine;
import org.tthc.warehouse.clickhouse.SharedChdb;
import org.tthc.warehouse.clickhouse.TestSettings;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SharedSpark;

/**
 * Readers of a period while it is recomputed see all of its old rows or all of its new ones, never a mix: on Delta
 * (the gold table, replaced by one {@code replaceWhere} commit) and on both ClickHouse engines (the mirror, replaced
 * by {@code REPLACE PARTITION}). The two states of the period differ in every row: each recompute evaluates the
 * period as of another day ({@code computed_on}, {@code as_of} and the pending counts change), alternating between
 * two days so that each test finds gold in one state and leaves it in the other, whatever the order of the tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecomputeReadersTest {
    private static final Period DECEMBER = Period.month(2025, 12);
    private static final LocalDate EARLY = LocalDate.of(2025, 12, 10);
    private static final LocalDate LATE = LocalDate.of(2025, 12, 24);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-20T03:00:00Z"), ZoneOffset.UTC);
    private static final int READERS = 2;
    private static final long PAUSE_MILLIS = 5;

    private DeltaWarehouse warehouse;
    private GoldStatistics gold;
    private LocalDate computedOn;
    private ClickHouseServerEngine server;
    private ClickHouseServerEngine serverReader;

    @BeforeAll
    void decemberInGold() throws Exception {
        warehouse = EmptyWarehouses.create(SharedSpark.session(), Files.createTempDirectory("recompute-readers"));
        warehouse.upsertOrganisations(EdgeHeavyHistories.FIRST_ORGANISATIONS);
        CrossEngineStatisticsTest.ingest(warehouse,
                EdgeHeavyHistories.generate(11, 120, CrossEngineStatisticsTest.TODAY, 1).batches().get(0));
        gold = new GoldStatistics(warehouse, CLOCK);
        recompute();
        server = TestSettings.server();
        serverReader = TestSettings.server();
    }

    @AfterAll
    void closeServer() {
        server.close();
        serverReader.close();
    }

    @Test
    void sparkReadersSeeTheOldOrTheNewPeriodNeverAMix() throws Exception {
        Supplier<String> state = () -> deltaState(warehouse);
        String before = state.get();

        List<String> seen = readWhile(this::recompute, state);

        String after = state.get();
        assertThat(after).isNotEqualTo(before);
        assertThat(seen).containsOnly(before, after).contains(before, after);
    }

    @Test
    void clickHouseServerReadersSeeTheOldOrTheNewPartitionNeverAMix() throws Exception {
        mirrorWhileReading(server, serverReader);
    }

    @Test
    void chdbReadersSeeTheOldOrTheNewPartitionNeverAMix() throws Exception {
        // one chDB engine per process; its calls are serialised, so readers interleave between the mirror's statements
        mirrorWhileReading(SharedChdb.engine(), SharedChdb.engine());
    }

    private void mirrorWhileReading(ClickHouseEngine engine, ClickHouseEngine reader) throws Exception {
        ClickHouseMirror mirror = new ClickHouseMirror(warehouse, engine, message -> { });
        mirror.createTables();
        mirror.mirror(WarehouseTable.PERIOD_STATISTICS, Set.of(DECEMBER.toString()));
        Supplier<String> state = () -> clickHouseState(reader);
        String before = state.get();
        assertThat(before).isEqualTo(clickHouseState(engine)).doesNotStartWith("0 ");
        recompute();

        List<String> seen = readWhile(
                () -> mirror.mirror(WarehouseTable.PERIOD_STATISTICS, Set.of(DECEMBER.toString())), state);

        String after = state.get();
        assertThat(after).isNotEqualTo(before);
        assertThat(seen).containsOnly(before, after).contains(before, after);
    }

    /** Recomputes December as of the other day than the one gold holds now. */
    private void recompute() {
        computedOn = EARLY.equals(computedOn) ? LATE : EARLY;
        gold.recompute(List.of(DECEMBER), computedOn, OrganisationView.AS_REPORTED);
    }

    /**
     * Runs {@code change} while {@link #READERS} threads read {@code state} over and over: each reads once before the
     * change starts, repeatedly while it runs, and once after it finished. Returns every state read.
     */
    private static List<String> readWhile(Runnable change, Supplier<String> state) throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            CountDownLatch readOnce = new CountDownLatch(READERS);
            AtomicBoolean changed = new AtomicBoolean();
            List<Future<List<String>>> reads = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                reads.add(readers.submit(() -> {
                    List<String> seen = new ArrayList<>(List.of(state.get()));
                    readOnce.countDown();
                    while (!changed.get()) {
                        seen.add(state.get());
                        Thread.sleep(PAUSE_MILLIS); // lets the change take chDB's lock, which is not fair
                    }
                    seen.add(state.get());
                    return seen;
                }));
            }
            assertThat(readOnce.await(60, TimeUnit.SECONDS)).isTrue();
            CompletableFuture.runAsync(change).whenComplete((ignored, failure) -> changed.set(true))
                    .get(120, TimeUnit.SECONDS);
            List<String> seen = new ArrayList<>();
            for (Future<List<String>> read : reads) {
                seen.addAll(read.get(60, TimeUnit.SECONDS));
            }
            assertThat(seen).hasSizeGreaterThan(3 * READERS);
            return seen;
        } finally {
            readers.shutdownNow();
        }
    }

    /** December's rows in gold as a count and the sorted rows themselves: any mix of two states differs from both. */
    private static String deltaState(DeltaWarehouse warehouse) {
        List<String> rows = warehouse.table(WarehouseTable.PERIOD_STATISTICS)
                .where(col("period_key").equalTo(DECEMBER.toString()))
                .drop("computed_at").collectAsList().stream().map(Row::toString).sorted().toList();
        return rows.size() + " " + String.join("\n", rows);
    }

    /** December's partition in ClickHouse as a count and an order-independent checksum of its rows. */
    private static String clickHouseState(ClickHouseEngine engine) {
        return engine.query("""
                SELECT toString(count()) AS n,
                       toString(sum(cityHash64(concat(view, '|', org_code, '|', toString(total), '|',
                           toString(total_solved), '|', toString(total_pending), '|', toString(pending_late), '|',
                           toString(as_of), '|', toString(computed_on))))) AS checksum
                FROM period_statistics
                WHERE period_key = '2025-12'""", row -> row.getString("n") + " " + row.getString("checksum")).get(0);
    }
}

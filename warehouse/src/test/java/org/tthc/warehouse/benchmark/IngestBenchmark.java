package org.tthc.warehouse.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.delta.BatchResult;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SharedSpark;
import org.tthc.warehouse.statistics.SparkStatistics;

/**
 * A measurement, not a test: ingests 1,000,000 dossiers and 5,000,000 events through one batch into an empty
 * warehouse, then computes one month's statistics. Run on demand:
 * {@code mvn -o -pl warehouse test -Dtest=IngestBenchmark -Dtthc.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "tthc.benchmark", matches = "true")
class IngestBenchmark {
    private static final int DOSSIERS = Integer.getInteger("tthc.benchmark.dossiers", 1_000_000);
    private static final int EVENTS_PER_DOSSIER = 5;
    private static final int CHUNK = 50_000;
    private static final String[] ORGS = {"000.00.00.H01", "000.00.01.H01", "000.00.02.H01", "000.01.02.H01",
            "000.00.09.H01"};
    private static final LocalDateTime START = LocalDateTime.of(2025, 1, 1, 7, 30);

    @Test
    void ingestAMillionDossiersAndFiveMillionEvents() throws Exception {
        Path root = Files.createTempDirectory("tthc-benchmark");
        DeltaWarehouse warehouse = new DeltaWarehouse(SharedSpark.session(), root);
        Random random = new Random(1);

        long start = System.nanoTime();
        IngestBatch batch = warehouse.openBatch("benchmark");
        for (int from = 0; from < DOSSIERS; from += CHUNK) {
            List<DossierRecord> records = new ArrayList<>(CHUNK);
            for (int i = from; i < Math.min(DOSSIERS, from + CHUNK); i++) {
                records.add(dossier(i, random));
            }
            batch.addDossiers(records);
        }
        long dossiersStaged = System.nanoTime();
        for (int from = 0; from < DOSSIERS; from += CHUNK / EVENTS_PER_DOSSIER) {
            List<DossierEvent> events = new ArrayList<>(CHUNK);
            for (int i = from; i < Math.min(DOSSIERS, from + CHUNK / EVENTS_PER_DOSSIER); i++) {
                for (int e = 0; e < EVENTS_PER_DOSSIER; e++) {
                    events.add(event(i, e));
                }
            }
            batch.addEvents(events);
        }
        long eventsStaged = System.nanoTime();
        BatchResult result = batch.commit();
        long committed = System.nanoTime();

        SparkStatistics statistics = new SparkStatistics(warehouse);
        Period month = Period.month(2025, 6);
        long statisticsStart = System.nanoTime();
        Map<String, PeriodStatistics> byOrg = statistics.compute(month, LocalDate.of(2026, 1, 20));
        long statisticsEnd = System.nanoTime();
        Map<String, PeriodStatistics> again = statistics.compute(Period.month(2025, 7), LocalDate.of(2026, 1, 20));
        long statisticsAgain = System.nanoTime();

        System.err.printf("BENCHMARK %,d dossiers, %,d events%n", DOSSIERS, (long) DOSSIERS * EVENTS_PER_DOSSIER);
        System.err.printf("BENCHMARK stage dossiers %.1f s, stage events %.1f s, commit %.1f s, total %.1f s%n",
                seconds(dossiersStaged - start), seconds(eventsStaged - dossiersStaged),
                seconds(committed - eventsStaged), seconds(committed - start));
        System.err.printf("BENCHMARK %s%n", result);
        System.err.printf("BENCHMARK rows: dossier %,d, supplement %,d, event %,d%n",
                warehouse.count(WarehouseTable.DOSSIER), warehouse.count(WarehouseTable.DOSSIER_SUPPLEMENT),
                warehouse.count(WarehouseTable.DOSSIER_EVENT));
        System.err.printf("BENCHMARK statistics %s: %.1f s (%d orgs), next month %.1f s; %s%n", month,
                seconds(statisticsEnd - statisticsStart), byOrg.size(), seconds(statisticsAgain - statisticsEnd),
                byOrg.get(ORGS[0]));
        System.err.printf("BENCHMARK (%d orgs in the second month)%n", again.size());
    }

    private static DossierRecord dossier(int i, Random random) {
        String org = ORGS[i % ORGS.length];
        LocalDateTime received = START.plusMinutes(i / 2);
        LocalDateTime due = received.plusDays(5 + i % 15);
        StatusCode status = StatusCode.of(1 + random.nextInt(10));
        LocalDateTime finished = status.code() >= 7 ? received.plusDays(random.nextInt(25)) : null;
        List<SupplementRound> rounds = i % 5 == 0
                ? List.of(new SupplementRound(received.plusDays(1), i % 10 == 0 ? null : received.plusDays(3), due, null))
                : List.of();
        return new DossierRecord("portal-lite", org + "-250101-" + i, "1.00" + (i % 7), "Thủ tục", "LV" + (i % 3),
                "Lĩnh vực", Channel.ofCode(1 + i % 3).orElseThrow(), null, "Hồ sơ", org, "Cơ quan", received, due,
                status, finished, null, rounds, null, received.plusDays(30));
    }

    private static DossierEvent event(int i, int e) {
        String org = ORGS[i % ORGS.length];
        LocalDateTime at = START.plusMinutes(i / 2).plusDays(e * 3L);
        return new DossierEvent("portal-lite", org + "-250101-" + i, i + "-" + e, at,
                StatusCode.of(new int[] {2, 4, 4, 9, 10}[e]), "cb", null, null, null, null, null);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}

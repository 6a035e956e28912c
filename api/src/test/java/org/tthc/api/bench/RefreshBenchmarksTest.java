package org.tthc.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.api.ApiTestData;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.ingestion.sample.ProgressListener;
import org.tthc.ingestion.sample.SampleConfig;
import org.tthc.ingestion.sample.SampleGenerator;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.statistics.GoldStatistics;
import org.tthc.warehouse.statistics.SparkStatistics;
import org.tthc.warehouse.statistics.StatisticsRefresh;

/**
 * {@code refresh-1day} against {@code stats-full} on a small generated tier (the sample province, a year): the
 * harness runs both, the refresh leaves gold exactly as a full recompute would, and the tables are restored after.
 * The measured ratio is printed (benchmarks are not tests: no goal is asserted here).
 */
class RefreshBenchmarksTest {
    private static final long DOSSIERS = 1_000;

    @Test
    void refreshAfterOneDayIsMeasuredAgainstAFullRecomputeAndLeavesGoldExact(@TempDir Path folder) throws Exception {
        SampleConfig config = SampleConfig.of(DOSSIERS, 12, 5);
        Path packets = folder.resolve("packets");
        new SampleGenerator(config).generate(packets, ProgressListener.SILENT);
        DeltaWarehouse warehouse = EmptyWarehouses.create(
                ApiTestData.sparkSession(), folder.resolve("data"));
        new PacketFileIngestion(warehouse, "bench", Clock.systemUTC(), line -> { }).ingest(List.of(packets));
        LocalDate today = config.snapshotDay();
        long dossiers = warehouse.count(WarehouseTable.DOSSIER);

        List<Benchmark> benchmarks = RefreshBenchmarks.of(warehouse, today, folder.resolve("scratch"), System.out::println);
        List<BenchRunner.Outcome> outcomes = new BenchRunner(0, 1, System.out::println).run(benchmarks);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
        Measurement full = outcomes.get(0).measurement();
        Measurement refresh = outcomes.get(1).measurement();
        assertThat(refresh.detail()).contains("dossiers changed").contains(YearMonthText.of(today.minusDays(1)));
        String line = String.format(Locale.ROOT, "refresh-1day %.3f s vs stats-full %.3f s: %.1f%% of full "
                        + "(speed-up %.1f, goal 10) on %,d dossiers; %s", refresh.median(), full.median(),
                100 * refresh.median() / full.median(), full.median() / refresh.median(), dossiers, refresh.detail());
        System.out.println(line);
        Files.writeString(Path.of("target", "refresh-benchmark-result.txt"), line + "\n");
        assertThat(warehouse.count(WarehouseTable.DOSSIER)).as("restored after the runs").isEqualTo(dossiers);

        // the state a refresh run leaves: gold equals a full recompute over the loaded day, for every period
        RefreshBenchmarks.Tables tables = new RefreshBenchmarks.Tables(warehouse, today, folder.resolve("scratch"),
                System.out::println);
        tables.prepare();
        Map<WarehouseTable, Long> before = warehouse.tableVersions();
        RefreshBenchmarks.loadDay(warehouse, today.minusDays(1));
        GoldStatistics gold = new GoldStatistics(warehouse, Clock.systemUTC());
        new StatisticsRefresh(warehouse, gold).afterLoad(before, today);
        List<Period> periods = tables.periods();
        Map<Period, Map<String, PeriodStatistics>> expected = new SparkStatistics(warehouse)
                .computeAll(periods, today, OrganisationView.AS_REPORTED);
        for (Period period : periods) {
            assertThat(gold.read(period, OrganisationView.AS_REPORTED)).as("%s", period).isEqualTo(expected.get(period));
        }
        tables.restore();
        assertThat(warehouse.count(WarehouseTable.DOSSIER)).isEqualTo(dossiers);
    }

    /** The month of a day as the refresh names it (Period.toString of a month). */
    private static final class YearMonthText {
        static String of(LocalDate day) {
            return Period.month(day.getYear(), day.getMonthValue()).toString();
        }
    }
}

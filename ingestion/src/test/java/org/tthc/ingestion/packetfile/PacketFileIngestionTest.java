package org.tthc.ingestion.packetfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.catalogue.OrganisationsJson;
import org.tthc.domain.catalogue.SuccessionsJson;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.packet.dvcqg.DvcqgPacketReader;
import org.tthc.domain.packet.dvcqg.DvcqgRecordCollector;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.ReferenceStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.ingestion.sample.ProgressListener;
import org.tthc.ingestion.sample.SampleConfig;
import org.tthc.ingestion.sample.SampleGenerator;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.WarehouseTable;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;
import org.tthc.warehouse.statistics.SparkStatistics;

/**
 * The first path through the warehouse: generated sample-province files of three seeds, twelve months each, are
 * ingested into Delta; Spark SQL statistics must equal the reference implementation for every organisation at
 * every level in both views, re-ingesting changes nothing, and bad records land in quarantine while the rest proceed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PacketFileIngestionTest {
    private static final long[] SEEDS = {11, 22, 33};
    private static final String PROVINCE = "000.00.00.H99";
    private static final String CITY = "000.00.00.H97";
    private static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2026, 1, 20).atTime(10, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);

    @TempDir
    static Path work;

    private DeltaWarehouse warehouse;
    private final List<DossierRecord> records = new ArrayList<>();
    private final List<DossierEvent> events = new ArrayList<>();
    private final List<IngestionSummary> firstRuns = new ArrayList<>();
    private OrganisationCatalogue catalogue;

    @BeforeAll
    void ingestThreeSeeds() throws IOException {
        warehouse = EmptyWarehouses.create(SparkSessions.sharedOrStart(SparkSettings.defaults().withDataRoot(work)),
                work.resolve("warehouse"), CLOCK);
        for (long seed : SEEDS) {
            Path files = work.resolve("seed-" + seed);
            new SampleGenerator(SampleConfig.of(1500, 12, seed).withFrom(YearMonth.of(2025, 1)))
                    .generate(files, ProgressListener.SILENT);
            if (seed == SEEDS[0]) {
                Files.writeString(files.resolve("dossiers-bad.json"), BAD_RECORDS, StandardCharsets.UTF_8);
            }
            String source = "sample-" + seed;
            firstRuns.add(new PacketFileIngestion(warehouse, source, CLOCK, line -> { }).ingest(List.of(files)));
            readForReference(source, files);
        }
        catalogue = new OrganisationCatalogue(OrganisationsJson.read(work.resolve("seed-11/organisations.json")),
                SuccessionsJson.read(work.resolve("seed-11/successions.json")));
    }

    @Test
    void sparkStatisticsEqualTheReferenceForEveryMonthTheYearAndEveryOrganisationInBothViews() {
        List<Period> periods = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            periods.add(Period.month(2025, month));
        }
        periods.add(Period.year(2025));
        LocalDate today = LocalDate.now(CLOCK.withZone(TthcTime.ZONE));
        ReferenceStatistics reference = new ReferenceStatistics(RuleSet.R2025_1, WorkingCalendar.vietnam(), catalogue);
        for (OrganisationView view : OrganisationView.values()) {
            Map<Period, Map<String, PeriodStatistics>> spark =
                    new SparkStatistics(warehouse).computeAll(periods, today, view);
            for (Period period : periods) {
                Map<String, PeriodStatistics> expected = reference.compute(records, events, period, today, view);
                assertThat(spark.get(period)).as("statistics of %s, %s", period, view).isEqualTo(expected);
                // before the reform as reported: the province; otherwise the city it merged into
                boolean province = view == OrganisationView.AS_REPORTED && period.to().isBefore(REFORM_DAY);
                assertThat(expected.keySet()).as("levels present in %s, %s", period, view)
                        .contains(province ? PROVINCE : CITY)
                        .doesNotContain(province ? CITY : PROVINCE)
                        .anyMatch(code -> code.startsWith("000.00.0"))
                        .anyMatch(code -> !code.startsWith("000.00."));
                assertThat(expected.values()).allMatch(PeriodStatistics::identitiesHold);
            }
        }
    }

    @Test
    void theGeneratedRatingFilesLandInSilverRatingOneRowPerRatedDossier() throws IOException {
        long rows = 0;
        for (long seed : SEEDS) {
            try (var files = Files.list(work.resolve("seed-" + seed))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("ratings-")).toList()) {
                    rows += new ObjectMapper().readTree(file.toFile()).get("ratings").size();
                }
            }
        }

        assertThat(rows).isPositive();
        assertThat(warehouse.count(WarehouseTable.RATING)).isEqualTo(rows);
        assertThat(warehouse.table(WarehouseTable.RATING).where("source_system = 'sample-11'").count()).isPositive();
    }

    @Test
    void reingestingTheSameFilesChangesNothing() {
        long dossiers = warehouse.count(WarehouseTable.DOSSIER);
        long events = warehouse.count(WarehouseTable.DOSSIER_EVENT);
        long quarantined = warehouse.count(WarehouseTable.QUARANTINE);
        long ratings = warehouse.count(WarehouseTable.RATING);

        IngestionSummary again = new PacketFileIngestion(warehouse, "sample-" + SEEDS[0], CLOCK, line -> { })
                .ingest(List.of(work.resolve("seed-" + SEEDS[0])));

        assertThat(again.batch().dossiersInserted()).isZero();
        assertThat(again.batch().dossiersUpdated()).isZero();
        assertThat(again.batch().eventsInserted()).isZero();
        assertThat(warehouse.count(WarehouseTable.DOSSIER)).isEqualTo(dossiers);
        assertThat(warehouse.count(WarehouseTable.DOSSIER_EVENT)).isEqualTo(events);
        assertThat(warehouse.count(WarehouseTable.QUARANTINE)).isEqualTo(quarantined);
        assertThat(warehouse.count(WarehouseTable.RATING)).isEqualTo(ratings);
    }

    @Test
    void badRecordsAreQuarantinedWithFieldAndReasonWhileTheRestProceed() {
        IngestionSummary first = firstRuns.get(0);
        assertThat(first.quarantined()).isEqualTo(2);
        assertThat(first.dossiersAccepted()).isGreaterThanOrEqualTo(1500 + 1);

        List<Row> rows = warehouse.table(WarehouseTable.QUARANTINE).orderBy("position").collectAsList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).<String>getAs("field")).isEqualTo("NgayTiepNhan");
        assertThat(rows.get(0).<String>getAs("record_key")).isEqualTo("000.00.01.H99-250301-0001");
        assertThat(rows.get(0).<String>getAs("location")).endsWith("dossiers-bad.json");
        assertThat(rows.get(1).<String>getAs("field")).isEqualTo("TrangThaiHoSo");
        assertThat(rows.get(1).<String>getAs("reason")).contains("11");
        assertThat(records).anyMatch(r -> r.dossierCode().equals("000.00.01.H99-250301-0003"));
    }

    private void readForReference(String source, Path files) {
        DvcqgRecordCollector read = DvcqgRecordCollector.readFolder(new DvcqgPacketReader(source, CLOCK), files);
        records.addAll(read.dossiers());
        events.addAll(read.events());
    }

    /** One record with an impossible receive date, one with an unknown status, one valid. */
    private static final String BAD_RECORDS = """
            {"service":"DongBoHoSoMC","isUpdating":"False","data":[
             {"MaHoSo":"000.00.01.H99-250301-0001","MaTTHC":"1.000001.000.00.00.H99","TrangThaiHoSo":"4",
              "NgayTiepNhan":"20250230090000","NgayHenTra":"20250310170000","DonViXuLy":"Sở Tư pháp"},
             {"MaHoSo":"000.00.01.H99-250301-0002","MaTTHC":"1.000001.000.00.00.H99","TrangThaiHoSo":"11",
              "NgayTiepNhan":"20250303090000","NgayHenTra":"20250310170000","DonViXuLy":"Sở Tư pháp"},
             {"MaHoSo":"000.00.01.H99-250301-0003","MaTTHC":"1.000001.000.00.00.H99","TrangThaiHoSo":"4",
              "NgayTiepNhan":"20250303090000","NgayHenTra":"20250310170000","DonViXuLy":"Sở Tư pháp"}
            ]}
            """;
}

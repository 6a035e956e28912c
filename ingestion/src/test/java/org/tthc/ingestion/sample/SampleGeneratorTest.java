package org.tthc.ingestion.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.packet.PacketJsonSchemas;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.period.Period;
import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.statistics.DossierVersions;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.ReferenceStatistics;
import org.tthc.domain.statistics.RuleSet;

class SampleGeneratorTest {
    private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int DOSSIERS = 20_000;
    private static final SampleConfig CONFIG = SampleConfig.of(DOSSIERS, 12, 2025);
    private static final LocalDate SNAPSHOT = LocalDate.of(2026, 1, 1);
    private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

    @TempDir
    static Path dir;
    private static SampleSummary summary;
    private static GeneratedSample sample;
    private static Map<String, JsonNode> latest;

    @BeforeAll
    static void generate() throws IOException {
        List<SampleSummary> finished = new ArrayList<>();
        new SampleGenerator(CONFIG).generate(dir, new ProgressListener() {
            @Override
            public void progress(SampleProgress progress) {
            }

            @Override
            public void finished(SampleSummary s) {
                finished.add(s);
            }
        });
        summary = finished.get(0);
        sample = GeneratedSample.read(dir);
        latest = sample.latestDossiers();
    }

    @Test
    void theSummaryCountsWhatWasWritten() {
        assertThat(summary.dossiers()).isEqualTo(DOSSIERS);
        assertThat(latest.size()).isEqualTo(DOSSIERS);
        assertThat(sample.dossiers.size()).isEqualTo(DOSSIERS + (int) summary.resyncedDuplicates());
        assertThat(summary.events()).isEqualTo(sample.events.size());
        assertThat(summary.files()).isEqualTo(3 + 3 * 12);
        assertThat(dir.resolve(SampleGenerator.dossierFileName(YearMonth.of(2025, 1)))).exists();
        assertThat(dir.resolve(SampleGenerator.progressFileName(YearMonth.of(2025, 12)))).exists();
        assertThat(dir.resolve(SampleGenerator.ratingFileName(YearMonth.of(2025, 12)))).exists();
    }

    @Test
    void everyDossierAndProgressFileConformsToTheNationalJsonSchemas() throws IOException {
        PacketJsonSchemas schemas = new PacketJsonSchemas();
        for (int month = 1; month <= 12; month++) {
            YearMonth m = YearMonth.of(2025, month);
            String dossiers = Files.readString(dir.resolve(SampleGenerator.dossierFileName(m)));
            String progress = Files.readString(dir.resolve(SampleGenerator.progressFileName(m)));
            assertThat(schemas.problems("DongBoHoSoMC", dossiers)).as("dossiers of %s", m).isEmpty();
            assertThat(schemas.problems("CapNhatTienDoHoSoMC", progress)).as("progress of %s", m).isEmpty();
        }
    }

    @Test
    void aboutOneFinishedDossierInFiveIsRatedMostlySatisfiedWithTheTimeScoreFollowingLateness() {
        Map<String, JsonNode> finished = latest.entrySet().stream()
                .filter(e -> e.getValue().has("NgayKetThucXuLy") || e.getValue().has("NgayTra"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<JsonNode> ratings = sample.ratings;

        assertThat(ratings.size()).isBetween((int) (finished.size() * 0.15), (int) (finished.size() * 0.22));
        Map<Integer, Long> levels = ratings.stream()
                .collect(Collectors.groupingBy(r -> r.get("overall").asInt(), Collectors.counting()));
        assertThat(levels.get(2)).isGreaterThan(levels.get(3));
        assertThat(levels.get(1) + levels.get(2)).isGreaterThan(ratings.size() * 8L / 10);
        for (JsonNode rating : ratings) {
            JsonNode dossier = finished.get(rating.get("dossier_code").asText());
            assertThat(dossier).as("the rated dossier is finished").isNotNull();
            assertThat(rating.get("handling_org_code").asText()).isEqualTo(dossier.get("MaDonViXuLy").asText());
            LocalDateTime ratedAt = LocalDateTime.parse(rating.get("rated_at").asText(), WIRE_TIME);
            assertThat(ratedAt).isBefore(SNAPSHOT.atStartOfDay());
            boolean supplemented = dossier.has("DanhSachHoSoBoSung");
            if (rating.has("indicator_1") && dossier.has("NgayHenTra") && !supplemented) {
                LocalDate end = GeneratedSample.time(dossier, dossier.has("NgayKetThucXuLy") ? "NgayKetThucXuLy"
                        : "NgayTra").toLocalDate();
                LocalDate due = GeneratedSample.time(dossier, "NgayHenTra").toLocalDate();
                assertThat(rating.get("indicator_1").asInt()).as("time score of %s", dossier.get("MaHoSo"))
                        .isEqualTo(end.isBefore(due) ? 2 : end.isEqual(due) ? 1 : 0);
            }
        }
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesWhateverTheNumberOfThreads(@TempDir Path other) throws IOException {
        SampleConfig small = SampleConfig.of(3_000, 3, 7);
        new SampleGenerator(small.withThreads(1)).generate(other.resolve("one"), ProgressListener.SILENT);
        new SampleGenerator(small.withThreads(2)).generate(other.resolve("two"), ProgressListener.SILENT);
        new SampleGenerator(SampleConfig.of(3_000, 3, 8)).generate(other.resolve("seed8"), ProgressListener.SILENT);

        for (Path file : list(other.resolve("one"))) {
            assertThat(other.resolve("two").resolve(file.getFileName())).hasSameBinaryContentAs(file);
        }
        String october = SampleGenerator.dossierFileName(YearMonth.of(2025, 10));
        assertThat(Files.mismatch(other.resolve("one").resolve(october), other.resolve("seed8").resolve(october)))
                .isNotEqualTo(-1L);
    }

    @Test
    void theCatalogueFilesHoldTheSampleCatalogue() {
        SampleCatalogue catalogue = SampleCatalogue.binhAn();
        assertThat(sample.organisations).isEqualTo(catalogue.organisations());
        assertThat(sample.successions).isEqualTo(catalogue.successions());
        assertThat(List.copyOf(sample.procedures.values())).isEqualTo(catalogue.procedures());
    }

    @Test
    void theFortyMostFrequentProceduresCarryAtLeastThirtyPercentOfDossiers() {
        Map<String, Long> perProcedure = latest.values().stream()
                .collect(Collectors.groupingBy(d -> d.get("MaTTHC").asText(), Collectors.counting()));
        long topForty = perProcedure.values().stream().sorted(Comparator.reverseOrder()).limit(40)
                .mapToLong(Long::longValue).sum();

        assertThat(topForty).isGreaterThanOrEqualTo(DOSSIERS * 30L / 100);
        assertThat(sample.procedures.keySet().containsAll(perProcedure.keySet())).isTrue();
    }

    @Test
    void almostAllSolvedDossiersAreOnTimeAndSomeAreStillPending() {
        Period year = Period.custom(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        // as of 31 December the province's dossiers count under the city it merged into
        PeriodStatistics province = new ReferenceStatistics(RuleSet.R2025_1, CALENDAR, sample.catalogue())
                .compute(sample.records(), sample.canonicalEvents(), year, SNAPSHOT)
                .get(SampleProvince.cityCode());

        double late = (double) province.solvedLate() / province.totalSolved();
        assertThat(late).isBetween(0.001, 0.02);
        assertThat(province.totalPending()).isBetween(DOSSIERS / 100L, DOSSIERS / 5L);
        assertThat(province.total()).isBetween(DOSSIERS * 98L / 100, (long) DOSSIERS);
    }

    @Test
    void outcomesAppearInRealisticProportions() {
        Map<String, Long> byStatus = latest.values().stream()
                .collect(Collectors.groupingBy(d -> d.get("TrangThaiHoSo").asText(), Collectors.counting()));
        long supplemented = latest.values().stream().filter(d -> d.has("DanhSachHoSoBoSung")).count();
        long withoutNewAppointment = latest.values().stream().filter(d -> d.has("DanhSachHoSoBoSung"))
                .filter(d -> d.get("DanhSachHoSoBoSung").get(0).has("NgayTiepNhanBoSung"))
                .filter(d -> !d.get("DanhSachHoSoBoSung").get(0).has("NgayHenTraMoi")).count();
        long apologies = sample.events.stream().filter(SampleGeneratorTest::isApology).count();

        assertThat(byStatus.get("10")).isGreaterThan(DOSSIERS * 85L / 100);
        assertThat(byStatus.get("3")).isBetween(DOSSIERS * 2L / 1000, DOSSIERS * 9L / 1000);
        assertThat(byStatus.get("7")).isBetween(DOSSIERS * 2L / 1000, DOSSIERS * 9L / 1000);
        assertThat(byStatus.get("8")).isPositive();
        assertThat(supplemented).isBetween(DOSSIERS * 2L / 100, DOSSIERS * 4L / 100);
        assertThat(withoutNewAppointment).isPositive();
        assertThat(apologies).isBetween(5L, DOSSIERS * 5L / 1000);
    }

    @Test
    void everyDossiersEventsAreTimeOrderedAndTheRecordAgreesWithThem() {
        Map<String, List<JsonNode>> events = sample.eventsByDossier();
        LocalDateTime snapshot = SNAPSHOT.atStartOfDay();
        assertThat(events.keySet().equals(latest.keySet())).as("dossiers with events are the dossiers").isTrue();
        latest.forEach((code, d) -> {
            List<JsonNode> history = events.get(code);
            List<LocalDateTime> times = history.stream().map(e -> GeneratedSample.time(e, "ThoiDiemXuLy")).toList();
            assertThat(times).as(code).isSorted().doesNotHaveDuplicates().allMatch(t -> t.isBefore(snapshot));
            assertThat(times.get(0)).as(code).isAfterOrEqualTo(GeneratedSample.time(d, "NgayTiepNhan"));
            assertThat(d.get("TrangThaiHoSo").asText()).as(code)
                    .isEqualTo(history.get(history.size() - 1).get("TrangThai").asText());
            assertThat(GeneratedSample.time(d, "NgayKetThucXuLy")).as(code).isEqualTo(firstTimeOf(history, "9", "7"));
            assertThat(GeneratedSample.time(d, "NgayTra")).as(code).isEqualTo(firstTimeOf(history, "10"));
            assertThat(history.size()).as(code).isBetween(1, 8);
        });
    }

    @Test
    void dossiersAreReceivedOnWorkingDaysInOfficeHoursAtAnOrganisationValidThatDay() {
        OrganisationCatalogue organisations = sample.catalogue();
        latest.forEach((code, d) -> {
            LocalDateTime received = GeneratedSample.time(d, "NgayTiepNhan");
            assertThat(CALENDAR.isWorkingDay(received.toLocalDate())).as(code).isTrue();
            assertThat(received.toLocalTime()).as(code).isBetween(LocalTime.of(7, 30), LocalTime.of(17, 0));
            Organisation handler = organisations.versionOn(d.get("MaDonViXuLy").asText(), received.toLocalDate())
                    .orElseThrow(() -> new AssertionError(code + ": no handling organisation valid on its day"));
            assertThat(handler.name()).isEqualTo(d.get("DonViXuLy").asText());
            String yyMMdd = d.get("NgayTiepNhan").asText().substring(2, 8);
            assertThat(code).matches("\\Q" + handler.code() + "-" + yyMMdd + "-\\E(\\d{4}|\\d{6})");
        });
    }

    @Test
    void dossiersCarryTheProvincesCodesBeforeTheReformAndTheCitysFromItOn() {
        Map<Boolean, Long> byLevelOne = latest.values().stream().collect(Collectors.partitioningBy(
                d -> d.get("MaDonViXuLy").asText().endsWith(SampleProvince.cityCode().substring(9)),
                Collectors.counting()));
        latest.forEach((code, d) -> {
            boolean afterReform = !GeneratedSample.time(d, "NgayTiepNhan").toLocalDate()
                    .isBefore(SampleProvince.reformDay());
            assertThat(code).as("dossier code").startsWith(d.get("MaDonViXuLy").asText());
            assertThat(d.get("MaDonViXuLy").asText()).as(code)
                    .endsWith(afterReform ? SampleProvince.cityCode().substring(9) : ".H99");
        });
        assertThat(byLevelOne.get(true)).isBetween(DOSSIERS * 40L / 100, DOSSIERS * 60L / 100);
    }

    @Test
    void departmentsHandleAboutFiftyFivePercentAndOnlineIsTheMainChannel() {
        Map<String, OrganisationKind> kinds = sample.organisations.stream()
                .collect(Collectors.toMap(Organisation::code, Organisation::kind, (first, later) -> first));
        long departments = latest.values().stream()
                .filter(d -> kinds.get(d.get("MaDonViXuLy").asText()) == OrganisationKind.DEPARTMENT).count();
        Map<String, Long> channels = latest.values().stream()
                .collect(Collectors.groupingBy(d -> d.get("KenhThucHien").asText(), Collectors.counting()));

        assertThat(departments).isBetween(DOSSIERS * 52L / 100, DOSSIERS * 58L / 100);
        assertThat(channels.get("2")).isBetween(DOSSIERS * 56L / 100, DOSSIERS * 64L / 100);
        assertThat(channels.get("1")).isBetween(DOSSIERS * 31L / 100, DOSSIERS * 39L / 100);
        assertThat(channels.get("3")).isBetween(DOSSIERS * 3L / 100, DOSSIERS * 7L / 100);
    }

    @Test
    void theAppointmentFollowsTheWorkingCalendarAndAnApologyDoesNotMoveIt() {
        latest.forEach((code, d) -> {
            if (d.get("TrangThaiHoSo").asText().equals("3")) {
                assertThat(d.has("NgayHenTra")).as(code).isFalse();
                return;
            }
            Procedure procedure = sample.procedures.get(d.get("MaTTHC").asText());
            LocalDateTime received = GeneratedSample.time(d, "NgayTiepNhan");
            LocalDateTime expected = procedure.processingTime() == 0
                    ? received.toLocalDate().atTime(17, 0)
                    : CALENDAR.addWorkingDays(received, procedure.processingTime());
            assertThat(GeneratedSample.time(d, "NgayHenTra")).as(code).isEqualTo(expected);
        });
        assertThat(sample.events.stream().filter(SampleGeneratorTest::isApology))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("TrangThai").asText()).isEqualTo("4"));
    }

    @Test
    void reSyncedDossiersAppearTwiceWithTheNewerStateLast() {
        Map<String, List<DossierRecord>> versions = sample.records().stream()
                .collect(Collectors.groupingBy(DossierRecord::dossierCode));
        List<List<DossierRecord>> twice = versions.values().stream().filter(v -> v.size() > 1).toList();

        assertThat(twice).hasSize((int) summary.resyncedDuplicates())
                .hasSizeBetween(DOSSIERS / 2000, DOSSIERS * 4 / 1000)
                .allSatisfy(v -> {
                    assertThat(v).hasSize(2);
                    assertThat(DossierVersions.replaces(v.get(1), v.get(0))).isTrue();
                    assertThat(DossierVersions.replaces(v.get(0), v.get(1))).isFalse();
                });
    }

    @Test
    void personalDataLooksReal() {
        latest.forEach((code, d) -> {
            assertThat(d.get("SoGiayToChuHoSo").asText()).as(code)
                    .matches(d.get("LoaiDoiTuong").asText().equals("1") ? "099\\d{9}" : "\\d{10}");
            assertThat(d.get("SoDienThoai").asText()).as(code).matches("0\\d{9}");
            assertThat(d.get("ChuHoSo").asText()).as(code).isNotBlank();
            if (d.has("Email")) {
                assertThat(d.get("Email").asText()).as(code).matches("[a-z]+\\d*@gmail\\.com");
            }
        });
        assertThat(latest.values().stream().filter(d -> d.has("Email")).count()).isPositive();
    }

    private static boolean isApology(JsonNode event) {
        return event.get("NoiDungXuLy").asText().equals("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
    }

    private static LocalDateTime firstTimeOf(List<JsonNode> history, String... statuses) {
        return history.stream().filter(e -> List.of(statuses).contains(e.get("TrangThai").asText()))
                .map(e -> GeneratedSample.time(e, "ThoiDiemXuLy")).findFirst().orElse(null);
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}

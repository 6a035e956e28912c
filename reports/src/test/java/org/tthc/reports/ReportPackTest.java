package org.tthc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.dossier.DossierKey;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.Apology;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketBuilder;
import org.tthc.domain.packet.dvcqg.DvcqgPacketReader;
import org.tthc.domain.packet.dvcqg.DvcqgRecordCollector;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingGrades;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.DossierVersions;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.ReferenceStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.domain.statistics.SectorStatistics;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.ingestion.sample.ProgressListener;
import org.tthc.ingestion.sample.SampleConfig;
import org.tthc.ingestion.sample.SampleGenerator;
import org.tthc.reports.data.SparkReportData;
import org.tthc.reports.form06.Form06Line;
import org.tthc.reports.form06.Form06Row;
import org.tthc.reports.form06.Form06Table;
import org.tthc.reports.output.ReportFiles;
import org.tthc.reports.render.ReportFormat;
import org.tthc.reports.render.ReportRenderer;
import org.tthc.reports.satisfaction.SatisfactionReport;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.spark.SparkSessions;
import org.tthc.warehouse.spark.SparkSettings;
import org.tthc.warehouse.serviceindex.ServiceIndex;
import org.tthc.warehouse.serviceindex.ServiceIndexModel;
import org.tthc.warehouse.statistics.SparkRatings;
import org.tthc.warehouse.statistics.SparkWarehouse;

/**
 * The pack (all five reports, rendered once for the class) for a small generated sample province: the PDFs turned
 * to text with pdftotext show the Vietnamese headings and the statistics packet's numbers, the XLSX cells read back
 * with Apache POI are numeric cells with the packet's values, form 06's sector rows add up to their organisation's
 * and count each sector's dossiers as the reference implementation does, and a second rendering makes version 2
 * beside version 1. The rendered files stay in {@code target/report-pack-test} for a look (docs/images comes from
 * there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPackTest {
    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2026, 1, 20).atTime(10, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final Period OCTOBER = Period.month(2025, 10);
    private static final Path OUT = Path.of("target", "report-pack-test");
    private static final DecimalFormatSymbols VI = DecimalFormatSymbols.getInstance(ReportRenderer.VIETNAMESE);

    private DeltaWarehouse warehouse;
    /** The generated sample's packet files. */
    private Path files;
    private SparkReportData data;
    /** The level-1 organisation of October 2025 (after the 2025 reform: the merged province). */
    private String provinceCode;
    private StatisticsPacket packet;
    private PeriodStatistics province;
    /** October's statistics of every organisation, as reported. */
    private Map<String, PeriodStatistics> october;
    /** The warehouse's satisfaction index of the province in October: the numbers of its MVotes packet. */
    private RatingStatistics ratings;
    private List<ReportPack.Written> first;
    private List<ReportPack.Written> second;

    @BeforeAll
    void renderThePackTwiceForASampleProvince() throws IOException {
        Path work = Files.createTempDirectory("tthc-reports-test");
        warehouse = EmptyWarehouses.create(SparkSessions.sharedOrStart(SparkSettings.defaults().withDataRoot(work)),
                work.resolve("warehouse"), CLOCK);
        files = work.resolve("sample");
        new SampleGenerator(SampleConfig.of(400, 6, 7).withFrom(YearMonth.of(2025, 5)))
                .generate(files, ProgressListener.SILENT);
        long started = System.nanoTime();
        new PacketFileIngestion(warehouse, "sample", CLOCK, line -> { }).ingest(List.of(files));
        System.err.printf("report test: sample ingested in %d s%n", (System.nanoTime() - started) / 1_000_000_000);

        october = new SparkWarehouse(warehouse).statistics(OCTOBER, TODAY, OrganisationView.AS_REPORTED);
        provinceCode = october.keySet().stream()
                .filter(code -> warehouse.catalogue().rollUp(code, OCTOBER.to()).equals(List.of(code)))
                .findFirst().orElseThrow();
        province = october.get(provinceCode);
        packet = StatisticsPacketBuilder.build(province, provinceCode, "UBND tỉnh");
        assertThat(packet.solvedLate() + packet.pendingLate()).as("the sample has late dossiers").isPositive();

        ratings = new SparkRatings(warehouse).computeAll(List.of(OCTOBER), TODAY, OrganisationView.AS_REPORTED)
                .get(OCTOBER).get(provinceCode);
        assertThat(ratings.ratings()).as("the sample has ratings").isPositive();

        data = new SparkReportData(warehouse, CLOCK);
        deleteRecursively(OUT);
        ReportPack pack = new ReportPack(data);
        ReportFiles output = new ReportFiles(OUT);
        List<ReportFormat> formats = List.of(ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV);
        started = System.nanoTime();
        first = pack.render(OCTOBER, Optional.empty(), TODAY, formats, output);
        System.err.printf("report test: pack rendered in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        second = pack.render(OCTOBER, Optional.of(provinceCode), TODAY, List.of(ReportFormat.PDF), output);
    }

    @Test
    void everyReportIsWrittenInEveryFormatAndARegenerationIsVersionTwoBesideVersionOne() {
        assertThat(first).extracting(w -> w.file().getFileName().toString()).containsExactly(
                provinceCode + "_form06_2025-10_v1.pdf", provinceCode + "_form06_2025-10_v1.xlsx",
                provinceCode + "_form06_2025-10_v1.csv",
                provinceCode + "_late-dossiers_2025-10_v1.pdf", provinceCode + "_late-dossiers_2025-10_v1.xlsx",
                provinceCode + "_late-dossiers_2025-10_v1.csv",
                provinceCode + "_overview_2025-10_v1.pdf", provinceCode + "_overview_2025-10_v1.xlsx",
                provinceCode + "_overview_2025-10_v1.csv",
                provinceCode + "_satisfaction_2025-10_v1.pdf", provinceCode + "_satisfaction_2025-10_v1.xlsx",
                provinceCode + "_satisfaction_2025-10_v1.csv",
                provinceCode + "_service-index_2025-10_v1.pdf", provinceCode + "_service-index_2025-10_v1.xlsx",
                provinceCode + "_service-index_2025-10_v1.csv");
        assertThat(second).extracting(w -> w.file().getFileName().toString()).containsExactly(
                provinceCode + "_form06_2025-10_v2.pdf", provinceCode + "_late-dossiers_2025-10_v2.pdf",
                provinceCode + "_overview_2025-10_v2.pdf", provinceCode + "_satisfaction_2025-10_v2.pdf",
                provinceCode + "_service-index_2025-10_v2.pdf");
        assertThat(first).allSatisfy(w -> assertThat(w.file()).exists().isNotEmptyFile());
    }

    @Test
    void form06PdfShowsTheVietnameseHeadingsAndThePacketNumbersInTheTotalRow() throws Exception {
        String text = pdfText(file("form06", ReportFormat.PDF));
        assertThat(text).contains("Biểu số 06/VPCP/KSTT", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ",
                "Từ ngày 01/10/2025 đến ngày 31/10/2025", "Đơn vị tính: Số hồ sơ TTHC", "Sở, ban, ngành",
                "Xã, phường, thị trấn", "Trực tuyến", "Quá hạn", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ");
        String totalLine = Arrays.stream(text.split("\n")).filter(l -> l.contains("Tổng cộng")).findFirst().orElseThrow();
        List<String> numbers = Arrays.asList(totalLine.replace("Tổng cộng", "").trim().split("\\s+"));
        assertThat(numbers).containsExactlyElementsOf(formatted(packet.total(), province.newReceptionOnline(),
                province.newReceptionDirectOrPostal(), packet.preExisting(), packet.totalSolved(),
                province.solvedAheadOfTime(), province.solvedOnDueDate(), packet.solvedLate(), packet.totalPending(),
                packet.pending(), packet.pendingLate()));
    }

    @Test
    void form06XlsxHasNumericCellsEqualToThePacketAndSectionsAddUpToTheTotal() throws Exception {
        try (Workbook workbook = WorkbookFactory.create(file("form06", ReportFormat.XLSX).toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            List<Double> total = numbersOfRow(sheet, "Tổng cộng");
            assertThat(total).containsExactly((double) packet.total(), (double) province.newReceptionOnline(),
                    (double) province.newReceptionDirectOrPostal(), (double) packet.preExisting(),
                    (double) packet.totalSolved(), (double) province.solvedAheadOfTime(),
                    (double) province.solvedOnDueDate(), (double) packet.solvedLate(), (double) packet.totalPending(),
                    (double) packet.pending(), (double) packet.pendingLate());
            double[] sections = new double[11];
            for (String section : List.of("Sở, ban, ngành", "Xã, phường, thị trấn")) {
                List<Double> values = numbersOfRow(sheet, section);
                for (int i = 0; i < 11; i++) {
                    sections[i] += values.get(i);
                }
            }
            assertThat(sections[0]).as("received total of the sections").isEqualTo(packet.total());
            assertThat(sections[7]).as("solved late of the sections").isEqualTo(packet.solvedLate());
        }
    }

    @Test
    void form06SectorRowsAddUpToTheirOrganisationAndEachSectorCountsItsDossiersAsTheReferenceDoes() throws Exception {
        List<SectorStatistics> bySector = data.sectorStatistics(List.of(OCTOBER), TODAY).get(OCTOBER);
        List<Form06Row> rows = Form06Table.rows(provinceCode, october, bySector, data.catalogue(), OCTOBER.to());

        Form06Row organisation = null;
        Form06Line sectors = Form06Line.ZERO;
        int organisations = 0;
        for (Form06Row row : rows.subList(1, rows.size())) {
            if (row.kind() == Form06Row.Kind.SECTOR) {
                sectors = sectors.plus(row.line());
                continue;
            }
            if (organisation != null) {
                assertThat(sectors).as("sector rows of " + organisation.code()).isEqualTo(organisation.line());
                organisations++;
            }
            organisation = row.kind() == Form06Row.Kind.ORGANISATION ? row : null;
            sectors = Form06Line.ZERO;
        }
        assertThat(sectors).as("sector rows of " + organisation.code()).isEqualTo(organisation.line());
        assertThat(organisations + 1).isEqualTo(rows.stream().filter(r -> r.kind() == Form06Row.Kind.ORGANISATION)
                .count());
        assertThat(rows).filteredOn(r -> r.kind() == Form06Row.Kind.SECTOR).as("sector rows")
                .hasSizeGreaterThan(organisations + 1);

        // by hand: the reference statistics of the sample's dossiers of each sector, for every organisation
        DvcqgRecordCollector read = DvcqgRecordCollector.readFolder(new DvcqgPacketReader("sample", CLOCK), files);
        Map<DossierKey, DossierRecord> latest = new LinkedHashMap<>();
        read.dossiers().forEach(r -> latest.merge(r.key(), r,
                (stored, incoming) -> DossierVersions.replaces(incoming, stored) ? incoming : stored));
        ReferenceStatistics reference = new ReferenceStatistics(RuleSet.inForceOn(OCTOBER.to()),
                WorkingCalendar.vietnam(), data.catalogue());
        Set<String> sectorCodes = new TreeSet<>();
        bySector.forEach(s -> sectorCodes.add(s.sectorCode()));
        assertThat(sectorCodes).as("the sample's dossiers all name a sector").doesNotContainNull()
                .hasSizeGreaterThan(3);
        for (String sector : sectorCodes) {
            List<DossierRecord> ofSector = latest.values().stream().filter(r -> sector.equals(r.sectorCode()))
                    .toList();
            Map<String, PeriodStatistics> expected = reference.compute(ofSector, read.events(), OCTOBER, TODAY);
            Map<String, PeriodStatistics> actual = new TreeMap<>();
            bySector.stream().filter(s -> sector.equals(s.sectorCode()))
                    .forEach(s -> actual.put(s.orgCode(), s.statistics()));
            assertThat(actual).as("statistics of sector " + sector).isEqualTo(expected);
        }

        Form06Row firstSector = rows.stream().filter(r -> r.kind() == Form06Row.Kind.SECTOR).findFirst().orElseThrow();
        try (Workbook workbook = WorkbookFactory.create(file("form06", ReportFormat.XLSX).toFile())) {
            assertThat(numbersOfRow(workbook.getSheetAt(0), firstSector.label())).as("a sector row, numeric cells")
                    .containsExactlyElementsOf(firstSector.line().columns().values().stream()
                            .map(Long::doubleValue).toList());
        }
        assertThat(pdfText(file("form06", ReportFormat.PDF))).as("a sector row in the PDF")
                .containsPattern(Pattern.quote(firstSector.number()) + "\\s+" + Pattern.quote(firstSector.label()));
    }

    @Test
    void form06CsvCarriesTheTotalRow() throws IOException {
        String csv = Files.readString(file("form06", ReportFormat.CSV), StandardCharsets.UTF_8);
        String totalRow = Arrays.stream(csv.split("\n")).filter(l -> l.contains("Tổng cộng")).findFirst().orElseThrow();
        assertThat(totalRow).contains(String.valueOf(packet.total()).length() > 3
                ? new DecimalFormat("#,##0", VI).format(packet.total()) : String.valueOf(packet.total()));
    }

    @Test
    void formSectionsFollowTheReform() {
        Period june = Period.month(2025, 6);
        Map<String, PeriodStatistics> before = data.statistics(List.of(june), TODAY).get(june);
        String juneProvince = before.keySet().stream()
                .filter(code -> data.catalogue().rollUp(code, june.to()).equals(List.of(code))).findFirst().orElseThrow();
        assertThat(Form06Table.rows(juneProvince, before, data.catalogue(), june.to()))
                .filteredOn(r -> r.kind() == Form06Row.Kind.SECTION).extracting(Form06Row::label)
                .contains("Huyện, thị xã, thành phố");
        Map<String, PeriodStatistics> after = data.statistics(List.of(OCTOBER), TODAY).get(OCTOBER);
        assertThat(Form06Table.rows(provinceCode, after, data.catalogue(), OCTOBER.to()))
                .filteredOn(r -> r.kind() == Form06Row.Kind.SECTION).extracting(Form06Row::label)
                .doesNotContain("Huyện, thị xã, thành phố");
    }

    @Test
    void lateDossiersListAsManyDossiersAsThePacketCountsLate() throws Exception {
        String text = pdfText(file("late-dossiers", ReportFormat.PDF));
        assertThat(text).contains("DANH SÁCH HỒ SƠ GIẢI QUYẾT QUÁ HẠN", "Ngày hẹn trả", "Số ngày trễ",
                "Đã giải quyết quá hạn: " + packet.solvedLate() + " hồ sơ; đang giải quyết quá hạn: "
                        + packet.pendingLate() + " hồ sơ.");
        try (Workbook workbook = WorkbookFactory.create(file("late-dossiers", ReportFormat.XLSX).toFile())) {
            int dossiers = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    Cell first = firstFilled(row);
                    if (first != null && first.getCellType() == CellType.NUMERIC) {
                        dossiers++;
                        List<Double> numbers = new ArrayList<>();
                        row.forEach(c -> {
                            if (c.getCellType() == CellType.NUMERIC) {
                                numbers.add(c.getNumericCellValue());
                            }
                        });
                        assertThat(numbers).as("STT and days late are numbers").hasSize(2);
                        assertThat(numbers.get(1)).as("days late").isGreaterThanOrEqualTo(0);
                    }
                }
            }
            assertThat(dossiers).isEqualTo(packet.solvedLate() + packet.pendingLate());
        }
    }

    @Test
    void lateDossiersShowWhetherTheAgencyApologisedAsTheProgressFilesSay() throws Exception {
        // by hand from the generated progress files: the dossiers with an apology step before November
        Set<String> apologised = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        try (DirectoryStream<Path> progress = Files.newDirectoryStream(files, "progress-*.json")) {
            for (Path file : progress) {
                JsonNode root = json.readTree(file.toFile());
                for (JsonNode step : root.isArray() ? root : root.get("data")) {
                    if (Apology.FORM_TITLE.equals(step.path("NoiDungXuLy").asText())
                            && step.path("ThoiDiemXuLy").asText().compareTo("20251101000000") < 0) {
                        apologised.add(step.path("MaHoSo").asText());
                    }
                }
            }
        }
        Map<String, String> column = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(file("late-dossiers", ReportFormat.XLSX).toFile())) {
            int codeColumn = -1;
            int apologyColumn = -1;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("Mã hồ sơ")) {
                            codeColumn = cell.getColumnIndex();
                        } else if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().equals("Thư xin lỗi")) {
                            apologyColumn = cell.getColumnIndex();
                        }
                    }
                    Cell first = firstFilled(row);
                    if (first != null && first.getCellType() == CellType.NUMERIC) {
                        column.put(row.getCell(codeColumn).getStringCellValue(),
                                row.getCell(apologyColumn).getStringCellValue());
                    }
                }
            }
        }

        assertThat(column).hasSize((int) (packet.solvedLate() + packet.pendingLate()));
        column.forEach((code, apology) -> assertThat(apology).as(code)
                .isEqualTo(apologised.contains(code) ? "Có" : "Không"));
        // (the 400-dossier sample may hold no apology: 0.2% of dossiers get one; LateDossierApologyTest plants them)
    }

    @Test
    void overviewShowsThePacketRatesAndTheMonthTableAsNumbers() throws Exception {
        String text = pdfText(file("overview", ReportFormat.PDF));
        String onTime = new DecimalFormat("0.0", VI).format(packet.solvedInTimePercent());
        assertThat(text).contains("TỔNG QUAN TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                "Tỷ lệ giải quyết đúng hạn: " + onTime + " %", "Tỷ lệ tiếp nhận trực tuyến",
                "Tổng số hồ sơ: " + new DecimalFormat("#,##0", VI).format(packet.total()));
        try (Workbook workbook = WorkbookFactory.create(file("overview", ReportFormat.XLSX).toFile())) {
            List<Double> october = numbersOfRow(workbook.getSheetAt(0), "10/2025");
            assertThat(october.subList(0, 4)).containsExactly((double) packet.newReception(),
                    (double) province.newReceptionOnline(), (double) packet.totalSolved(),
                    (double) packet.solvedInTime());
            assertThat(october.get(4)).isEqualTo(packet.solvedInTimePercent().doubleValue());
            assertThat(numbersOfRow(workbook.getSheetAt(0), "06/2025").get(0))
                    .as("June, before the merger, shows the predecessor province's dossiers").isPositive();
        }
    }

    @Test
    void satisfactionShowsTheWarehouseRatingStatisticsOfTheProvince() throws Exception {
        DecimalFormat oneDecimal = new DecimalFormat("0.0", VI);
        String text = pdfText(file("satisfaction", ReportFormat.PDF));
        assertThat(text).contains("KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                "Rất hài lòng", "Không hài lòng", "CBCCVC", "Xếp loại",
                "Tổng số lượt đánh giá: " + new DecimalFormat("#,##0", VI).format(ratings.ratings())
                        + "; rất hài lòng: " + oneDecimal.format(ratings.shares().verySatisfied())
                        + " %; hài lòng: " + oneDecimal.format(ratings.shares().satisfied())
                        + " %; không hài lòng: " + oneDecimal.format(ratings.shares().notSatisfied()) + " %.",
                "Điểm đánh giá: " + oneDecimal.format(ratings.total()) + "; xếp loại: "
                        + SatisfactionReport.gradeName(ratings.grade(RatingGrades.DEFAULT).orElseThrow()) + ".");
        try (Workbook workbook = WorkbookFactory.create(file("satisfaction", ReportFormat.XLSX).toFile())) {
            List<Double> total = numbersOfRow(workbook.getSheetAt(0), "Tổng cộng");
            List<Double> expected = new ArrayList<>(List.of((double) ratings.ratings(),
                    (double) ratings.verySatisfied(), ratings.shares().verySatisfied().doubleValue(),
                    (double) ratings.satisfied(), ratings.shares().satisfied().doubleValue(),
                    (double) ratings.notSatisfied(), ratings.shares().notSatisfied().doubleValue()));
            for (int i : RatingRecord.INDICATORS) {
                if (ratings.indicator(i).average() != null) {
                    expected.add(ratings.indicator(i).average().doubleValue());
                }
            }
            expected.add(ratings.total().doubleValue());
            assertThat(total).containsExactlyElementsOf(expected);
        }
        String csv = Files.readString(file("satisfaction", ReportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv.split("\n")[0]).contains("Cơ quan, đơn vị");
        assertThat(csv).contains("Tổng cộng");
    }

    @Test
    void serviceIndexShowsTheWarehouseIndexPerGroupAndTheTwelveMonthTrend() throws Exception {
        ServiceIndex.Result index = ServiceIndex.compute(ServiceIndexModel.bundled(), province, ratings);
        String text = pdfText(file("service-index", ReportFormat.PDF));
        assertThat(text).contains("CHỈ SỐ ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP",
                "Quyết định 766/QĐ-TTg", "Tiến độ, kết quả giải quyết", "Mức độ hài lòng",
                "Công khai, minh bạch (chưa tính: thiếu dữ liệu)",
                "Tổng điểm các nhóm được tính: " + new DecimalFormat("0.00", VI).format(index.points()) + " / "
                        + new DecimalFormat("0.##", VI).format(index.computedMax()) + " điểm");
        try (Workbook workbook = WorkbookFactory.create(file("service-index", ReportFormat.XLSX).toFile())) {
            for (ServiceIndex.GroupResult group : index.groups()) {
                assertThat(numbersOfRow(workbook.getSheetAt(0), "Nhóm " + group.group().id()).get(0))
                        .as("points of group " + group.group().id()).isEqualTo(group.points().doubleValue());
            }
            ServiceIndex.IndicatorResult onTime = index.indicators().get(0);
            assertThat(numbersOfRow(workbook.getSheetAt(0), "2.1")).startsWith(onTime.rate().orElseThrow().doubleValue(),
                    100.0, onTime.points().doubleValue(), 20.0);
        }
    }

    private Path file(String report, ReportFormat format) {
        return first.stream().filter(w -> w.report().fileName().equals(report) && w.format() == format)
                .findFirst().orElseThrow().file();
    }

    private static Cell firstFilled(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.NUMERIC
                    || cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                return cell;
            }
        }
        return null;
    }

    private static List<String> formatted(long... values) {
        DecimalFormat format = new DecimalFormat("#,##0", VI);
        return Arrays.stream(values).mapToObj(format::format).toList();
    }

    /** The numeric cells of the first row whose text cell equals {@code label}, left to right; fails on a text number. */
    private static List<Double> numbersOfRow(Sheet sheet, String label) {
        for (Row row : sheet) {
            boolean match = false;
            List<Double> numbers = new ArrayList<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().trim().equals(label)) {
                    match = true;
                } else if (match && cell.getCellType() == CellType.STRING) {
                    assertThat(cell.getStringCellValue().trim()).as("a number stored as text").doesNotMatch("[0-9.,]+");
                } else if (match && cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell.getNumericCellValue());
                }
            }
            if (match) {
                return numbers;
            }
        }
        throw new AssertionError("no row labelled '" + label + "' in sheet " + sheet.getSheetName());
    }

    static String pdfText(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true)
                .start();
        String text;
        try (InputStream in = process.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("pdftotext " + pdf + ": " + text).isZero();
        return text;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

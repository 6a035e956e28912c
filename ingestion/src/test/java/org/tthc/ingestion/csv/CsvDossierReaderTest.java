package org.tthc.ingestion.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.TthcTime;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.packet.dvcqg.DvcqgRecordCollector;
import org.tthc.domain.quality.RecordRejection;

class CsvDossierReaderTest {
    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2025, 10, 20).atTime(10, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
    private static final String MAPPING = """
            delimiter: ";"
            columns:
              dossier_code: Mã hồ sơ
              status: Trạng thái
              received_at: Ngày nhận
              finished_at: Ngày xong
              summary: Trích yếu
            """;

    @TempDir
    Path dir;

    @Test
    void rowsWithDvcqgCodesMapAndBadOnesAreRejectedByLineAndColumn() throws Exception {
        DvcqgRecordCollector read = read("""
                \uFEFFMã hồ sơ;Trạng thái;Ngày nhận;Ngày xong;Trích yếu
                000.00.12.H49-251001-0001;9;1/10/2025 8:30;09/10/2025 16:00:00;"Giấy phép; nhà ở
                riêng lẻ"
                000.00.12.H49-251001-0002;11;01/10/2025;;
                000.00.12.H49-251001-0003;4;01/10/2025 08:30:00;30/09/2025 08:00:00;
                000.00.12.H49-251001-0004;4;21/12/2025 08:30:00;;
                000.00.12.H49-251001-0005;4
                """);

        assertThat(read.dossiers()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(StatusCode.FINISHED);
            assertThat(d.receivedAt()).isEqualTo(LocalDateTime.of(2025, 10, 1, 8, 30));
            assertThat(d.summary()).isEqualTo("Giấy phép; nhà ở\nriêng lẻ");
        });
        assertThat(read.rejections()).extracting(RecordRejection::position).containsExactly(4L, 5L, 6L, 7L);
        assertThat(read.rejections()).extracting(RecordRejection::field)
                .containsExactly("Trạng thái", "Ngày xong", "Ngày nhận", null);
        assertThat(read.rejections().get(2).reason()).contains("in the future");
        assertThat(read.rejections().get(3).reason()).isEqualTo("the row has 2 columns, the header 5");
    }

    @Test
    void aHeaderWithoutAMappedColumnFailsTheFile() throws Exception {
        assertThatThrownBy(() -> read("Mã hồ sơ;Trạng thái\nX;4\n"))
                .isInstanceOf(CsvFileException.class).hasMessageContaining("'Ngày nhận' (mapped to received_at)").hasMessageContaining("'Trích yếu'");
    }

    @Test
    void aMappedColumnTwiceInTheHeaderFailsTheFile() throws Exception {
        String csv = "Mã hồ sơ;Trạng thái;Ngày nhận;Ngày xong;Trích yếu;Mã hồ sơ\nX;4;;;;Y\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOf(CsvFileException.class)
                .hasMessageContaining("the header has column 'Mã hồ sơ' (mapped to dossier_code) more than once");
    }

    @Test
    void aMappingValueOfTheWrongShapeIsNamedByItsKey() {
        assertThatThrownBy(() -> mapping("columns: [Mã hồ sơ]")).hasMessage(
                "CSV mapping m.yaml: columns must be a map of canonical field to column header, not a list");
        assertThatThrownBy(() -> mapping(MAPPING + "status_codes: {Xong: nine}")).hasMessage(
                "CSV mapping m.yaml: status_codes maps 'Xong' to nine, which is not a DVCQG status code (1–10)");
        assertThatThrownBy(() -> mapping(MAPPING.replace("Trích yếu", "[a, b]"))).hasMessage(
                "CSV mapping m.yaml: columns: summary must be a single value, not a list");
    }

    private static CsvMapping mapping(String yaml) {
        return CsvMapping.read(new StringReader(yaml), "m.yaml");
    }

    @Test
    void aMappingWithAnUnknownFieldIsRefused() throws Exception {
        Path mapping = Files.writeString(dir.resolve("bad.yaml"), MAPPING + "  received: Ngày\n");
        assertThatThrownBy(() -> CsvMapping.read(mapping)).hasMessageContaining("unknown field 'received'");
    }

    private DvcqgRecordCollector read(String csv) throws Exception {
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), MAPPING, StandardCharsets.UTF_8);
        Path file = Files.writeString(dir.resolve("export.csv"), csv, StandardCharsets.UTF_8);
        DvcqgRecordCollector collector = new DvcqgRecordCollector();
        new CsvDossierReader("csv-test", CLOCK, CsvMapping.read(mapping), null).read(file, collector);
        return collector;
    }
}

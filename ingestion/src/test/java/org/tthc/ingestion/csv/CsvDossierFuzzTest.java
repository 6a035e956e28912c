package org.tthc.ingestion.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.fuzz.HostileInput.assertClear;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tthc.domain.TthcTime;
import org.tthc.domain.fuzz.CheckedRecords;
import org.tthc.domain.fuzz.HostileInput;
import org.tthc.domain.personal.ApplicantHasher;

/**
 * A CSV export of another one-stop system, read through the example mapping (docs/examples/csv/mapping.yaml): every
 * row is delivered or rejected with its line and column; only a file that cannot be read at all fails, with a
 * {@link CsvFileException}.
 */
public class CsvDossierFuzzTest {
    private static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2025, 10, 20).atTime(10, 0).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
    private static final String MAPPING = """
            delimiter: ","
            columns:
              dossier_code: Mã hồ sơ
              procedure_code: Mã thủ tục
              procedure_name: Tên thủ tục
              sector_name: Lĩnh vực
              channel: Kênh nộp
              handling_org_code: Mã đơn vị
              handling_org_name: Đơn vị xử lý
              received_at: Ngày tiếp nhận
              due_at: Ngày hẹn trả
              finished_at: Ngày kết thúc
              returned_at: Ngày trả kết quả
              status: Trạng thái
              applicant_id_number: Số CCCD
              applicant_phone: Điện thoại
              applicant_email: Email
            status_codes:
              Đã tiếp nhận: 2
              Đang xử lý: 4
              Chờ bổ sung: 5
              Đã xử lý xong: 9
              Đã trả kết quả: 10
              Từ chối tiếp nhận: 3
            personal_columns: [Người nộp, Địa chỉ]
            """;

    private final CsvDossierReader reader = new CsvDossierReader("fuzz", CLOCK,
            CsvMapping.read(new StringReader(MAPPING), "mapping.yaml"), new ApplicantHasher(new byte[32]));

    @FuzzTest
    public void readCsvDossiers(byte[] data) {
        if (HostileInput.tooLarge(data)) {
            return;
        }
        CheckedRecords records = new CheckedRecords();
        try {
            long rows = reader.read(new ByteArrayInputStream(data), "dossiers.csv", records);
            assertThat(rows).isEqualTo(records.records());
        } catch (CsvFileException e) {
            assertClear(e);
            assertThat(e.getMessage()).startsWith("CSV file dossiers.csv: ");
        }
    }
}

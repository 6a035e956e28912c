package org.tthc.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;

class ProceduresJsonTest {
    private static final List<Procedure> PROCEDURES = List.of(
            new Procedure("1.011442.000.00.00.H99", "Đăng ký khai sinh", "G15-HT", "Hộ tịch", 4, 0,
                    ProcessingTimeUnit.WORKING_DAYS, 0),
            new Procedure("2.000815.000.00.00.H99", "Cấp giấy phép xây dựng", "G17-HDXD", "Hoạt động xây dựng", 3,
                    8, ProcessingTimeUnit.WORKING_HOURS, 150_000));

    @Test
    void writtenProceduresReadBackEqual(@TempDir Path dir) {
        Path file = dir.resolve("procedures.json");

        ProceduresJson.write(file, PROCEDURES);

        assertThat(ProceduresJson.read(file)).isEqualTo(PROCEDURES);
    }

    @Test
    void numbersMayComeAsTextAndTheUnitDefaultsToWorkingDays() {
        String json = "[{\"MaTTHC\":\"1.000001.000.00.00.H99\",\"TenTTHC\":\"Chứng thực\",\"MucDo\":\"3\","
                + "\"ThoiGianGiaiQuyet\":\"5\",\"PhiLePhi\":\"20000\"}]";

        assertThat(read(json)).containsExactly(new Procedure("1.000001.000.00.00.H99", "Chứng thực", null, null, 3, 5,
                ProcessingTimeUnit.WORKING_DAYS, 20_000));
    }

    @Test
    void anUnknownTimeUnitIsReportedWithTheProcedureCode() {
        String json = "[{\"MaTTHC\":\"1.000001.000.00.00.H99\",\"TenTTHC\":\"A\",\"MucDo\":3,"
                + "\"ThoiGianGiaiQuyet\":5,\"DonViThoiGian\":\"TUAN\"}]";

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessage("procedures.json: entry 1 (MaTTHC 1.000001.000.00.00.H99), field DonViThoiGian: "
                        + "unknown unit 'TUAN'; expected NGAY_LAM_VIEC or GIO_LAM_VIEC");
    }

    @Test
    void aMissingNameIsReported() {
        assertThatThrownBy(() -> read("[{\"MaTTHC\":\"1.000001.000.00.00.H99\",\"MucDo\":3,\"ThoiGianGiaiQuyet\":5}]"))
                .hasMessage("procedures.json: entry 1 (MaTTHC 1.000001.000.00.00.H99), field TenTTHC: "
                        + "is missing or empty");
    }

    private static List<Procedure> read(String json) {
        return ProceduresJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "procedures.json");
    }
}

package org.tthc.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApologyTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Phiếu xin lỗi và hẹn lại ngày trả kết quả|true",
            "Xin lỗi và hẹn lại ngày trả kết quả: hẹn lại 2025-10-20T17:00; chờ ý kiến Sở Xây dựng|true",
            "XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ|true",
            "Yêu cầu bổ sung, hoàn thiện hồ sơ|false",
            "Hẹn lại ngày trả kết quả|false",
            "Trả kết quả|false"})
    void aStepIsAnApologyWhenItsContentNamesIt(String content, boolean apology) {
        assertThat(Apology.isApology(content)).isEqualTo(apology);
    }

    @ParameterizedTest
    @CsvSource({"''", "' '"})
    void emptyContentIsNoApology(String content) {
        assertThat(Apology.isApology(content)).isFalse();
        assertThat(Apology.isApology(null)).isFalse();
    }
}

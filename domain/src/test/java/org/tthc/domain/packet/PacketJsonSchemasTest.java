package org.tthc.domain.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.domain.packet.StatisticsPacketBuilderTest.ORG;
import static org.tthc.domain.packet.StatisticsPacketBuilderTest.ORG_NAME;
import static org.tthc.domain.packet.StatisticsPacketBuilderTest.realPayload;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tthc.domain.period.Period;

class PacketJsonSchemasTest {
    private static final PacketJsonSchemas SCHEMAS = new PacketJsonSchemas();
    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();

    /** A dossier record with every field the national side requires, and a supplement round. */
    private static final String DOSSIER = """
            {"service":"DongBoHoSoMC","isUpdating":"False","data":[{
              "MaHoSo":"000.00.12.H49-250310-0001","MaTTHC":"1.001234","TenTTHC":"Cấp giấy phép xây dựng",
              "MaLinhVuc":"XD","TenLinhVuc":"Xây dựng","KenhThucHien":"2","LoaiDoiTuong":"1",
              "ChuHoSo":"Nguyễn Văn An","SoGiayToChuHoSo":"049090001234","TrichYeuHoSo":"Cấp giấy phép xây dựng nhà ở",
              "NgayTiepNhan":"20250310080000","NgayHenTra":"20250324170000","TrangThaiHoSo":"4","HinhThuc":"0",
              "DonViXuLy":"Sở Xây dựng","MaDonViXuLy":"000.00.12.H49",
              "DanhSachHoSoBoSung":[{"HoSoBoSungId":"1","NgayBoSung":"20250312090000","TrangThaiBoSung":false,
                                      "NgayHenTraTruoc":"20250324170000"}]}]}
            """;
    private static final String PROGRESS = """
            {"service":"CapNhatTienDoHoSoMC","data":[
              {"MaHoSo":"000.00.12.H49-250310-0001","NguoiXuLy":"Trần Thị Bình","ThoiDiemXuLy":"20250310080000",
               "TrangThai":"2","PhongBanXuLy":"Bộ phận Một cửa","NgayKetThucTheoQuyDinh":""},
              {"MaHoSo":"000.00.12.H49-250310-0001","NguoiXuLy":"Lê Văn Cường","ThoiDiemXuLy":"20250311083000",
               "TrangThai":"4"}]}
            """;

    @Test
    void theStatisticsPacketsOurCodecWritesConform() {
        StatisticsPacket month = StatisticsPacketBuilder.build(realPayload(Period.month(2018, 10)), ORG, ORG_NAME);
        StatisticsPacket year = StatisticsPacketBuilder.build(realPayload(Period.year(2018)), ORG, ORG_NAME);

        assertThat(SCHEMAS.problems("MStatistic", codec.toJson(month))).isEmpty();
        assertThat(SCHEMAS.problems("MStatistic", codec.toJson(List.of(month, year)))).isEmpty();
    }

    @Test
    void aStatisticsPacketWithAMissingFieldANegativeCountOrAPercentOverAHundredIsNamedByField() {
        String json = codec.toJson(StatisticsPacketBuilder.build(realPayload(Period.month(2018, 10)), ORG, ORG_NAME))
                .replace("\"Total\":74,", "")
                .replace("\"SolvedLate\":0", "\"SolvedLate\":-1")
                .replace("\"PendingPercent\":96.7", "\"PendingPercent\":196.7");

        assertThat(String.join("\n", SCHEMAS.problems("MStatistic", json)))
                .contains("Total").contains("/SolvedLate").contains("/PendingPercent");
        assertThatThrownBy(() -> SCHEMAS.validate("MStatistic", json))
                .isInstanceOf(PacketFormatException.class)
                .hasMessageContaining("MStatistic does not conform to MStatistic.schema.json")
                .hasMessageContaining("/SolvedLate");
    }

    @Test
    void aDossierSyncWithTheRequiredFieldsConformsAndABrokenOneIsNamedByRecordAndField() {
        assertThat(SCHEMAS.problems("DongBoHoSoMC", DOSSIER)).isEmpty();

        String broken = DOSSIER.replace("\"NgayTiepNhan\":\"20250310080000\"", "\"NgayTiepNhan\":\"10/03/2025 08:00\"")
                .replace("\"TrangThaiHoSo\":\"4\"", "\"TrangThaiHoSo\":\"11\"")
                .replace("\"DonViXuLy\":\"Sở Xây dựng\",", "");

        assertThat(SCHEMAS.problems("DongBoHoSoMC", broken))
                .anySatisfy(p -> assertThat(p).startsWith("/data/0/NgayTiepNhan"))
                .anySatisfy(p -> assertThat(p).startsWith("/data/0/TrangThaiHoSo"))
                .anySatisfy(p -> assertThat(p).startsWith("/data/0:").contains("DonViXuLy"));
    }

    @Test
    void theEnvelopeIsStrictWhileRecordsMayCarryFurtherFields() {
        assertThat(SCHEMAS.problems("DongBoHoSoMC", DOSSIER.replace("\"isUpdating\"", "\"dangCapNhat\"")))
                .anySatisfy(p -> assertThat(p).contains("dangCapNhat"));
        assertThat(SCHEMAS.problems("DongBoHoSoMC", DOSSIER.replace("\"DongBoHoSoMC\"", "\"CapNhatTienDoHoSoMC\"")))
                .anySatisfy(p -> assertThat(p).startsWith("/service"));
        assertThat(SCHEMAS.problems("DongBoHoSoMC", DOSSIER.replace("\"MaDonViXuLy\"", "\"TruongMoi\""))).isEmpty();
    }

    @Test
    void aProgressUpdateConformsAndATraceWithoutItsHandlerOrWithAnEmptyDataListDoesNot() {
        assertThat(SCHEMAS.problems("CapNhatTienDoHoSoMC", PROGRESS)).isEmpty();

        assertThat(SCHEMAS.problems("CapNhatTienDoHoSoMC", PROGRESS.replace("\"NguoiXuLy\":\"Lê Văn Cường\",", "")))
                .singleElement().satisfies(p -> assertThat(p).startsWith("/data/1:").contains("NguoiXuLy"));
        assertThat(SCHEMAS.problems("CapNhatTienDoHoSoMC",
                "{\"service\":\"CapNhatTienDoHoSoMC\",\"data\":[]}"))
                .singleElement().satisfies(p -> assertThat(p).startsWith("/data:"));
    }

    @Test
    void textThatIsNotJsonOrAnUnknownPacketTypeIsAClearError() {
        assertThatThrownBy(() -> SCHEMAS.problems("DongBoHoSoMC", "{\"service\": "))
                .isInstanceOf(PacketFormatException.class).hasMessageContaining("DongBoHoSoMC is not JSON");
        assertThatThrownBy(() -> SCHEMAS.problems("MResult", "{}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no JSON Schema for packet type MResult");
        assertThat(SCHEMAS.covers("CapNhatTienDoHoSoMC")).isTrue();
        assertThat(SCHEMAS.covers("MVotes")).isTrue();
        assertThat(SCHEMAS.covers("MSyncDocument")).isTrue();
        assertThat(SCHEMAS.covers("MDocumentTraces")).isTrue();
    }
}

package org.tthc.domain.packet.dvcqg;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.quality.RecordRejection;

/** Small DVCQG records for the reader tests; "now" is 2025-10-15 10:00 in Asia/Ho_Chi_Minh. */
final class DvcqgFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** 2025-10-15T10:00 local time; the clock's own zone is deliberately not Vietnam's. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-15T03:00:00Z"), ZoneId.of("America/Bahia_Banderas"));
    static final String SOURCE = "motcua-qnam";
    static final String CODE = "000.00.12.H49-251001-0001";

    private DvcqgFixtures() {
    }

    static DvcqgPacketReader reader() {
        return new DvcqgPacketReader(SOURCE, CLOCK);
    }

    /** A complete DongBoHoSoMC record, personal data included, as a source sends it. */
    static ObjectNode dossier() {
        return (ObjectNode) tree("""
                {"MaHoSo":"000.00.12.H49-251001-0001","MaTTHC":"1.001234","TenTTHC":"Cấp giấy phép xây dựng",
                 "MaLinhVuc":"XD","TenLinhVuc":"Xây dựng","KenhThucHien":"2","SoBienNhan":"BN-0001",
                 "ChuHoSo":"Nguyễn Văn An","SoGiayToChuHoSo":"079012345678","LoaiDoiTuong":"1",
                 "MaDoiTuong":"DVCQG-998877","ThongTinKhac":"Tổ 5, phường Hải Châu","Email":"an.nguyen@example.vn",
                 "Fax":"02353123456","SoDienThoai":"0905123456",
                 "DinhDanhCHS":[{"LoaiDinhDanh":"1","SoDinhDanh":"079099887766"}],
                 "TrichYeuHoSo":"Xin cấp giấy phép xây dựng nhà ở riêng lẻ","NgayTiepNhan":"20251001083000",
                 "NgayHenTra":"20251015170000","TrangThaiHoSo":"4","NgayKetThucXuLy":"","NgayTra":"",
                 "HinhThuc":"0","DonViXuLy":"Sở Xây dựng",
                 "DanhSachHoSoBoSung":[{"NgayBoSung":"20251003090000","NgayTiepNhanBoSung":"20251006100000",
                   "NgayHenTraTruoc":"20251015170000","NgayHenTraMoi":"20251018170000"}]}""");
    }

    /** A complete CapNhatTienDoHoSoMC record. */
    static ObjectNode progress() {
        return (ObjectNode) tree("""
                {"MaHoSo":"000.00.12.H49-251001-0001","NguoiXuLy":"Trần Thị Bình","ChucDanh":"Chuyên viên",
                 "ThoiDiemXuLy":"20251002140000","PhongBanXuLy":"Phòng Quản lý xây dựng",
                 "NoiDungXuLy":"Thẩm định hồ sơ","TrangThai":"4","NgayBatDau":"20251002080000",
                 "NgayKetThucTheoQuyDinh":"20251008170000"}""");
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String envelope(String service, JsonNode... records) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("service", service).put("isUpdating", "True");
        envelope.putArray("data").addAll(List.of(records));
        return envelope.toString();
    }

    static String bareArray(JsonNode... records) {
        ArrayNode array = JSON.createArrayNode();
        array.addAll(List.of(records));
        return array.toString();
    }

    static Collected read(String json) {
        return read(json, null);
    }

    static Collected read(String json, DvcqgPacketKind kind) {
        Collected collected = new Collected();
        collected.summary = reader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "inline.json", kind, collected.records);
        return collected;
    }

    /** The rejection of a single-record dossier envelope. */
    static RecordRejection rejectionOf(JsonNode record) {
        Collected collected = read(envelope("DongBoHoSoMC", record));
        if (collected.rejections.size() != 1) {
            throw new AssertionError("expected one rejection, got " + collected.rejections + " and "
                    + collected.dossiers);
        }
        return collected.rejections.get(0);
    }

    /** The accepted record of a single-record dossier envelope. */
    static DossierRecord acceptedDossier(JsonNode record) {
        Collected collected = read(envelope("DongBoHoSoMC", record));
        if (collected.dossiers.size() != 1) {
            throw new AssertionError("expected the record to be accepted, got " + collected.rejections);
        }
        return collected.dossiers.get(0);
    }

    /** Keeps everything a read delivers, in order, and the read's summary. */
    static final class Collected {
        final DvcqgRecordCollector records = new DvcqgRecordCollector();
        final List<DossierRecord> dossiers = records.dossiers();
        final List<DossierEvent> events = records.events();
        final List<RecordRejection> rejections = records.rejections();
        DvcqgReadSummary summary;
    }
}

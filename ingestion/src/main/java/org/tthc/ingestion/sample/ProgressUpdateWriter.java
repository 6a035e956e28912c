package org.tthc.ingestion.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a dossier's visible events as CapNhatTienDoHoSoMC records (reference.md §2.2.3). */
final class ProgressUpdateWriter implements Closeable {
    private static final byte[] MA_HO_SO = WireJson.firstKey("MaHoSo");
    private static final byte[] NGUOI_XU_LY = WireJson.key("NguoiXuLy");
    private static final byte[] CHUC_DANH = WireJson.key("ChucDanh");
    private static final byte[] THOI_DIEM = WireJson.key("ThoiDiemXuLy");
    private static final byte[] PHONG_BAN = WireJson.key("PhongBanXuLy");
    private static final byte[] NOI_DUNG = WireJson.key("NoiDungXuLy");
    private static final byte[] TRANG_THAI = WireJson.key("TrangThai");
    private static final byte[] NGAY_BAT_DAU = WireJson.key("NgayBatDau");
    private static final byte[] HAN_XU_LY = WireJson.key("NgayKetThucTheoQuyDinh");
    private static final byte[] END_OBJECT = {'}'};
    private static final byte[][] STATUSES = new byte[11][];

    static {
        for (int i = 0; i < STATUSES.length; i++) {
            STATUSES[i] = WireJson.quoted(Integer.toString(i));
        }
    }

    private final WireJson json;
    private final WireTimeFormat times;

    ProgressUpdateWriter(OutputStream out, WireTimeFormat times) throws IOException {
        this.json = WireJson.open(out, "CapNhatTienDoHoSoMC", null);
        this.times = times;
    }

    /** Writes the visible events; returns how many. */
    int write(DossierDraft d) throws IOException {
        for (int i = 0; i < d.visibleEvents; i++) {
            Staff.Officer officer = d.eventOfficer[i];
            json.nextRecord();
            json.field(MA_HO_SO, d.code, d.codeLength);
            json.field(NGUOI_XU_LY, officer.name());
            json.field(CHUC_DANH, officer.title());
            json.time(THOI_DIEM, times, d.eventAt[i]);
            json.field(PHONG_BAN, officer.department());
            json.field(NOI_DUNG, d.eventText[i]);
            json.field(TRANG_THAI, STATUSES[d.eventStatus[i]]);
            json.time(NGAY_BAT_DAU, times, i == 0 ? d.receivedAt : d.eventAt[i - 1]);
            if (d.stepDueAt[i] != DossierDraft.NONE) {
                json.time(HAN_XU_LY, times, d.stepDueAt[i]);
            }
            json.raw(END_OBJECT);
        }
        return d.visibleEvents;
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}

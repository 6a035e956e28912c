package org.tthc.ingestion.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

/** Writes a dossier's visible events as CapNhatTienDoHoSoMC records (reference.md §2.2.3). */
final class ProgressUpdateWriter implements Closeable {
    private static final SerializedString MA_HO_SO = WireJson.name("MaHoSo");
    private static final SerializedString NGUOI_XU_LY = WireJson.name("NguoiXuLy");
    private static final SerializedString CHUC_DANH = WireJson.name("ChucDanh");
    private static final SerializedString THOI_DIEM = WireJson.name("ThoiDiemXuLy");
    private static final SerializedString PHONG_BAN = WireJson.name("PhongBanXuLy");
    private static final SerializedString NOI_DUNG = WireJson.name("NoiDungXuLy");
    private static final SerializedString TRANG_THAI = WireJson.name("TrangThai");
    private static final SerializedString NGAY_BAT_DAU = WireJson.name("NgayBatDau");
    private static final SerializedString HAN_XU_LY = WireJson.name("NgayKetThucTheoQuyDinh");
    private static final SerializedString[] STATUSES = new SerializedString[11];

    static {
        for (int i = 0; i < STATUSES.length; i++) {
            STATUSES[i] = WireJson.name(Integer.toString(i));
        }
    }

    private final WireJson.Records records;
    private final JsonGenerator gen;
    private final WireTimeFormat times;
    private final char[] buffer = new char[WireTimeFormat.LENGTH];

    ProgressUpdateWriter(OutputStream out, WireTimeFormat times) throws IOException {
        this.records = WireJson.open(out, "CapNhatTienDoHoSoMC", null);
        this.gen = records.generator();
        this.times = times;
    }

    /** Writes the visible events; returns how many. */
    int write(DossierDraft d) throws IOException {
        for (int i = 0; i < d.visibleEvents; i++) {
            Staff.Officer officer = d.eventOfficer[i];
            records.next();
            gen.writeStartObject();
            gen.writeFieldName(MA_HO_SO);
            gen.writeString(d.code, 0, d.codeLength);
            gen.writeFieldName(NGUOI_XU_LY);
            gen.writeString(officer.name());
            gen.writeFieldName(CHUC_DANH);
            gen.writeString(officer.title());
            time(THOI_DIEM, d.eventAt[i]);
            gen.writeFieldName(PHONG_BAN);
            gen.writeString(officer.department());
            gen.writeFieldName(NOI_DUNG);
            gen.writeString(d.eventText[i]);
            gen.writeFieldName(TRANG_THAI);
            gen.writeString(STATUSES[d.eventStatus[i]]);
            time(NGAY_BAT_DAU, i == 0 ? d.receivedAt : d.eventAt[i - 1]);
            if (d.stepDueAt[i] != DossierDraft.NONE) {
                time(HAN_XU_LY, d.stepDueAt[i]);
            }
            gen.writeEndObject();
        }
        return d.visibleEvents;
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    private void time(SerializedString name, long local) throws IOException {
        times.format(local, buffer, 0);
        gen.writeFieldName(name);
        gen.writeString(buffer, 0, WireTimeFormat.LENGTH);
    }
}

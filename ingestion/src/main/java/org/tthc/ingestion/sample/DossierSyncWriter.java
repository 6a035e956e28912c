package org.tthc.ingestion.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;

/**
 * Writes dossiers as a DongBoHoSoMC request (reference.md §2.2.2): the state after the draft's visible events. Adds
 * {@code MaDonViXuLy}, the handling organisation's code, which our reader accepts as an extension.
 */
final class DossierSyncWriter implements Closeable {
    private static final SerializedString MA_HO_SO = WireJson.name("MaHoSo");
    private static final SerializedString MA_TTHC = WireJson.name("MaTTHC");
    private static final SerializedString TEN_TTHC = WireJson.name("TenTTHC");
    private static final SerializedString MA_LINH_VUC = WireJson.name("MaLinhVuc");
    private static final SerializedString TEN_LINH_VUC = WireJson.name("TenLinhVuc");
    private static final SerializedString KENH = WireJson.name("KenhThucHien");
    private static final SerializedString CHU_HO_SO = WireJson.name("ChuHoSo");
    private static final SerializedString SO_GIAY_TO = WireJson.name("SoGiayToChuHoSo");
    private static final SerializedString LOAI_DOI_TUONG = WireJson.name("LoaiDoiTuong");
    private static final SerializedString SO_DIEN_THOAI = WireJson.name("SoDienThoai");
    private static final SerializedString EMAIL = WireJson.name("Email");
    private static final SerializedString TRICH_YEU = WireJson.name("TrichYeuHoSo");
    private static final SerializedString NGAY_TIEP_NHAN = WireJson.name("NgayTiepNhan");
    private static final SerializedString NGAY_HEN_TRA = WireJson.name("NgayHenTra");
    private static final SerializedString TRANG_THAI = WireJson.name("TrangThaiHoSo");
    private static final SerializedString NGAY_KET_THUC = WireJson.name("NgayKetThucXuLy");
    private static final SerializedString NGAY_TRA = WireJson.name("NgayTra");
    private static final SerializedString NGAY_TU_CHOI = WireJson.name("NgayTuChoi");
    private static final SerializedString HINH_THUC = WireJson.name("HinhThuc");
    private static final SerializedString MA_DON_VI = WireJson.name("MaDonViXuLy");
    private static final SerializedString DON_VI = WireJson.name("DonViXuLy");
    private static final SerializedString SO_HOA = WireJson.name("HoSoCoThanhPhanSoHoa");
    private static final SerializedString THANH_TOAN = WireJson.name("DuocThanhToanTrucTuyen");
    private static final SerializedString[] CODES = new SerializedString[11];
    private static final char[] EMAIL_DOMAIN = "@gmail.com".toCharArray();

    static {
        for (int i = 0; i < CODES.length; i++) {
            CODES[i] = WireJson.name(Integer.toString(i));
        }
    }

    private final WireJson.Records records;
    private final JsonGenerator gen;
    private final SampleWorld world;
    private final SupplementRoundWriter supplements;
    private final char[] buffer = new char[64];

    DossierSyncWriter(OutputStream out, SampleWorld world) throws IOException {
        this.records = WireJson.open(out, "DongBoHoSoMC", "False");
        this.gen = records.generator();
        this.world = world;
        this.supplements = new SupplementRoundWriter(gen, world.timeFormat());
    }

    void write(DossierDraft d) throws IOException {
        int p = d.procedure;
        ProcedureTable procedures = world.procedures();
        records.next();
        gen.writeStartObject();
        gen.writeFieldName(MA_HO_SO);
        gen.writeString(d.code, 0, d.codeLength);
        field(MA_TTHC, procedures.code(p));
        field(TEN_TTHC, procedures.name(p));
        field(MA_LINH_VUC, procedures.sectorCode(p));
        field(TEN_LINH_VUC, procedures.sectorName(p));
        field(KENH, CODES[d.channel.code()]);
        boolean citizen = d.applicantType == ApplicantType.CITIZEN;
        field(CHU_HO_SO, citizen ? world.names().person(d.applicant) : world.names().company(d.applicant));
        digits(SO_GIAY_TO, d.idNumber, d.idDigits);
        field(LOAI_DOI_TUONG, CODES[d.applicantType.code()]);
        digits(SO_DIEN_THOAI, d.phone, 10);
        if (d.hasEmail) {
            email(d);
        }
        field(TRICH_YEU, procedures.name(p));
        time(NGAY_TIEP_NHAN, d.receivedAt);
        if (d.dueAt != DossierDraft.NONE) {
            time(NGAY_HEN_TRA, d.dueAt);
        }
        field(TRANG_THAI, CODES[d.eventStatus[d.visibleEvents - 1]]);
        long finished = earliest(d.firstVisible(9), d.firstVisible(7));
        if (finished != DossierDraft.NONE) {
            time(NGAY_KET_THUC, finished);
        }
        long returned = d.firstVisible(10);
        if (returned != DossierDraft.NONE) {
            time(NGAY_TRA, returned);
        }
        long refused = d.firstVisible(3);
        if (refused != DossierDraft.NONE) {
            time(NGAY_TU_CHOI, refused);
        }
        field(HINH_THUC, CODES[d.channel == Channel.POSTAL ? 1 : 0]);
        field(MA_DON_VI, world.organisations().codeString(d.organisation));
        field(DON_VI, world.organisations().name(d.organisation));
        field(SO_HOA, CODES[d.digitised ? 1 : 0]);
        field(THANH_TOAN, CODES[d.onlinePayment]);
        if (d.supplementRequestEvent >= 0 && d.supplementRequestEvent < d.visibleEvents) {
            supplements.write(d);
        }
        gen.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    private void field(SerializedString name, SerializedString value) throws IOException {
        gen.writeFieldName(name);
        gen.writeString(value);
    }

    private void time(SerializedString name, long local) throws IOException {
        world.timeFormat().format(local, buffer, 0);
        gen.writeFieldName(name);
        gen.writeString(buffer, 0, WireTimeFormat.LENGTH);
    }

    private void digits(SerializedString name, long value, int width) throws IOException {
        SampleMath.digits(buffer, 0, value, width);
        gen.writeFieldName(name);
        gen.writeString(buffer, 0, width);
    }

    private void email(DossierDraft d) throws IOException {
        char[] local = world.names().asciiPerson(d.applicant);
        System.arraycopy(local, 0, buffer, 0, local.length);
        int length = local.length;
        if (d.emailNumber >= 100) {
            SampleMath.digits(buffer, length, d.emailNumber, 3);
            length += 3;
        }
        System.arraycopy(EMAIL_DOMAIN, 0, buffer, length, EMAIL_DOMAIN.length);
        gen.writeFieldName(EMAIL);
        gen.writeString(buffer, 0, length + EMAIL_DOMAIN.length);
    }

    private static long earliest(long a, long b) {
        if (a == DossierDraft.NONE) {
            return b;
        }
        return b == DossierDraft.NONE ? a : Math.min(a, b);
    }
}

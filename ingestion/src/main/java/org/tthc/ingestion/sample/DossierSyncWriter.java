package org.tthc.ingestion.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;

/**
 * Writes dossiers as a DongBoHoSoMC request (reference.md §2.2.2): the state after the draft's visible events. Adds
 * {@code MaDonViXuLy}, the handling organisation's code, which our reader accepts as an extension.
 */
final class DossierSyncWriter implements Closeable {
    private static final byte[] MA_HO_SO = WireJson.firstKey("MaHoSo");
    private static final byte[] MA_TTHC = WireJson.key("MaTTHC");
    private static final byte[] TEN_TTHC = WireJson.key("TenTTHC");
    private static final byte[] MA_LINH_VUC = WireJson.key("MaLinhVuc");
    private static final byte[] TEN_LINH_VUC = WireJson.key("TenLinhVuc");
    private static final byte[] KENH = WireJson.key("KenhThucHien");
    private static final byte[] CHU_HO_SO = WireJson.key("ChuHoSo");
    private static final byte[] SO_GIAY_TO = WireJson.key("SoGiayToChuHoSo");
    private static final byte[] LOAI_DOI_TUONG = WireJson.key("LoaiDoiTuong");
    private static final byte[] SO_DIEN_THOAI = WireJson.key("SoDienThoai");
    private static final byte[] EMAIL = WireJson.key("Email");
    private static final byte[] TRICH_YEU = WireJson.key("TrichYeuHoSo");
    private static final byte[] NGAY_TIEP_NHAN = WireJson.key("NgayTiepNhan");
    private static final byte[] NGAY_HEN_TRA = WireJson.key("NgayHenTra");
    private static final byte[] TRANG_THAI = WireJson.key("TrangThaiHoSo");
    private static final byte[] NGAY_KET_THUC = WireJson.key("NgayKetThucXuLy");
    private static final byte[] NGAY_TRA = WireJson.key("NgayTra");
    private static final byte[] NGAY_TU_CHOI = WireJson.key("NgayTuChoi");
    private static final byte[] HINH_THUC = WireJson.key("HinhThuc");
    private static final byte[] MA_DON_VI = WireJson.key("MaDonViXuLy");
    private static final byte[] DON_VI = WireJson.key("DonViXuLy");
    private static final byte[] SO_HOA = WireJson.key("HoSoCoThanhPhanSoHoa");
    private static final byte[] THANH_TOAN = WireJson.key("DuocThanhToanTrucTuyen");
    private static final byte[] END_OBJECT = {'}'};
    private static final byte[][] CODES = new byte[11][];
    private static final byte[] EMAIL_DOMAIN = WireJson.ascii("@gmail.com");

    static {
        for (int i = 0; i < CODES.length; i++) {
            CODES[i] = WireJson.quoted(Integer.toString(i));
        }
    }

    private final WireJson json;
    private final SampleWorld world;
    private final WireTimeFormat times;
    private final SupplementRoundWriter supplements;
    private final byte[] buffer = new byte[64];

    DossierSyncWriter(OutputStream out, SampleWorld world) throws IOException {
        this.json = WireJson.open(out, "DongBoHoSoMC", "False");
        this.world = world;
        this.times = world.timeFormat();
        this.supplements = new SupplementRoundWriter(json, times);
    }

    void write(DossierDraft d) throws IOException {
        int p = d.procedure;
        ProcedureTable procedures = world.procedures();
        json.nextRecord();
        json.field(MA_HO_SO, d.code, d.codeLength);
        json.field(MA_TTHC, procedures.code(p));
        json.field(TEN_TTHC, procedures.name(p));
        json.field(MA_LINH_VUC, procedures.sectorCode(p));
        json.field(TEN_LINH_VUC, procedures.sectorName(p));
        json.field(KENH, CODES[d.channel.code()]);
        boolean citizen = d.applicantType == ApplicantType.CITIZEN;
        json.field(CHU_HO_SO, citizen ? world.names().person(d.applicant) : world.names().company(d.applicant));
        json.digits(SO_GIAY_TO, d.idNumber, d.idDigits);
        json.field(LOAI_DOI_TUONG, CODES[d.applicantType.code()]);
        json.digits(SO_DIEN_THOAI, d.phone, 10);
        if (d.hasEmail) {
            email(d);
        }
        json.field(TRICH_YEU, procedures.name(p));
        json.time(NGAY_TIEP_NHAN, times, d.receivedAt);
        if (d.dueAt != DossierDraft.NONE) {
            json.time(NGAY_HEN_TRA, times, d.dueAt);
        }
        json.field(TRANG_THAI, CODES[d.eventStatus[d.visibleEvents - 1]]);
        long finished = earliest(d.firstVisible(9), d.firstVisible(7));
        if (finished != DossierDraft.NONE) {
            json.time(NGAY_KET_THUC, times, finished);
        }
        long returned = d.firstVisible(10);
        if (returned != DossierDraft.NONE) {
            json.time(NGAY_TRA, times, returned);
        }
        long refused = d.firstVisible(3);
        if (refused != DossierDraft.NONE) {
            json.time(NGAY_TU_CHOI, times, refused);
        }
        json.field(HINH_THUC, CODES[d.channel == Channel.POSTAL ? 1 : 0]);
        json.field(MA_DON_VI, world.organisations().codeString(d.organisation));
        json.field(DON_VI, world.organisations().name(d.organisation));
        json.field(SO_HOA, CODES[d.digitised ? 1 : 0]);
        json.field(THANH_TOAN, CODES[d.onlinePayment]);
        if (d.supplementRequestEvent >= 0 && d.supplementRequestEvent < d.visibleEvents) {
            supplements.write(d);
        }
        json.raw(END_OBJECT);
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    private void email(DossierDraft d) throws IOException {
        byte[] local = world.names().asciiPerson(d.applicant);
        System.arraycopy(local, 0, buffer, 0, local.length);
        int length = local.length;
        if (d.emailNumber >= 100) {
            SampleMath.digits(buffer, length, d.emailNumber, 3);
            length += 3;
        }
        System.arraycopy(EMAIL_DOMAIN, 0, buffer, length, EMAIL_DOMAIN.length);
        json.field(EMAIL, buffer, length + EMAIL_DOMAIN.length);
    }

    private static long earliest(long a, long b) {
        if (a == DossierDraft.NONE) {
            return b;
        }
        return b == DossierDraft.NONE ? a : Math.min(a, b);
    }
}

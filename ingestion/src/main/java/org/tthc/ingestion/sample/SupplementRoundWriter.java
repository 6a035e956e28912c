package org.tthc.ingestion.sample;

import java.io.IOException;

/**
 * The DanhSachHoSoBoSung entry of a dossier's supplement round: requested (NgayBoSung), delivered
 * (NgayTiepNhanBoSung, once visible), the appointment before (NgayHenTraTruoc) and the new one (NgayHenTraMoi, on
 * most rounds; left out on the others).
 */
final class SupplementRoundWriter {
    private static final byte[] LIST = WireJson.key("DanhSachHoSoBoSung");
    private static final byte[] ID = WireJson.firstKey("HoSoBoSungId");
    private static final byte[] REQUESTER = WireJson.key("NguoiYeuCauBoSung");
    private static final byte[] CONTENT = WireJson.key("NoiDungBoSung");
    private static final byte[] REQUESTED_AT = WireJson.key("NgayBoSung");
    private static final byte[] RECEIVER = WireJson.key("NguoiTiepNhanBoSung");
    private static final byte[] RECEIVED_AT = WireJson.key("NgayTiepNhanBoSung");
    private static final byte[] STATE_DELIVERED = WireJson.ascii(",\"TrangThaiBoSung\":true");
    private static final byte[] STATE_WAITING = WireJson.ascii(",\"TrangThaiBoSung\":false");
    private static final byte[] DUE_BEFORE = WireJson.key("NgayHenTraTruoc");
    private static final byte[] DUE_AFTER = WireJson.key("NgayHenTraMoi");
    private static final byte[] START_LIST = {'['};
    private static final byte[] END_LIST = WireJson.ascii("}]");
    private static final byte[] FIRST_ROUND = WireJson.quoted("1");

    private final WireJson json;
    private final WireTimeFormat times;

    SupplementRoundWriter(WireJson json, WireTimeFormat times) {
        this.json = json;
        this.times = times;
    }

    void write(DossierDraft d) throws IOException {
        boolean delivered = d.supplementDeliveryEvent >= 0 && d.supplementDeliveryEvent < d.visibleEvents;
        json.raw(LIST);
        json.raw(START_LIST);
        json.field(ID, FIRST_ROUND);
        json.field(REQUESTER, d.supplementOfficer.name());
        json.field(CONTENT, StepTexts.SUPPLEMENT_DETAIL);
        json.time(REQUESTED_AT, times, d.eventAt[d.supplementRequestEvent]);
        if (delivered) {
            json.field(RECEIVER, d.eventOfficer[d.supplementDeliveryEvent].name());
            json.time(RECEIVED_AT, times, d.eventAt[d.supplementDeliveryEvent]);
        }
        json.raw(delivered ? STATE_DELIVERED : STATE_WAITING);
        json.time(DUE_BEFORE, times, d.dueAt);
        if (delivered && d.supplementNewDueAt != DossierDraft.NONE) {
            json.time(DUE_AFTER, times, d.supplementNewDueAt);
        }
        json.raw(END_LIST);
    }
}

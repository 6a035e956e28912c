package org.tthc.ingestion.sample;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The DanhSachHoSoBoSung entry of a dossier's supplement round: requested (NgayBoSung), delivered
 * (NgayTiepNhanBoSung, once visible), the appointment before (NgayHenTraTruoc) and the new one (NgayHenTraMoi, on
 * most rounds; left out on the others).
 */
final class SupplementRoundWriter {
    private static final SerializedString LIST = WireJson.name("DanhSachHoSoBoSung");
    private static final SerializedString ID = WireJson.name("HoSoBoSungId");
    private static final SerializedString REQUESTER = WireJson.name("NguoiYeuCauBoSung");
    private static final SerializedString CONTENT = WireJson.name("NoiDungBoSung");
    private static final SerializedString REQUESTED_AT = WireJson.name("NgayBoSung");
    private static final SerializedString RECEIVER = WireJson.name("NguoiTiepNhanBoSung");
    private static final SerializedString RECEIVED_AT = WireJson.name("NgayTiepNhanBoSung");
    private static final SerializedString STATE = WireJson.name("TrangThaiBoSung");
    private static final SerializedString DUE_BEFORE = WireJson.name("NgayHenTraTruoc");
    private static final SerializedString DUE_AFTER = WireJson.name("NgayHenTraMoi");
    private static final SerializedString FIRST_ROUND = WireJson.name("1");

    private final JsonGenerator gen;
    private final WireTimeFormat times;
    private final char[] buffer = new char[WireTimeFormat.LENGTH];

    SupplementRoundWriter(JsonGenerator gen, WireTimeFormat times) {
        this.gen = gen;
        this.times = times;
    }

    void write(DossierDraft d) throws IOException {
        boolean delivered = d.supplementDeliveryEvent >= 0 && d.supplementDeliveryEvent < d.visibleEvents;
        gen.writeFieldName(LIST);
        gen.writeStartArray();
        gen.writeStartObject();
        gen.writeFieldName(ID);
        gen.writeString(FIRST_ROUND);
        gen.writeFieldName(REQUESTER);
        gen.writeString(d.supplementOfficer.name());
        gen.writeFieldName(CONTENT);
        gen.writeString(StepTexts.SUPPLEMENT_DETAIL);
        time(REQUESTED_AT, d.eventAt[d.supplementRequestEvent]);
        if (delivered) {
            gen.writeFieldName(RECEIVER);
            gen.writeString(d.eventOfficer[d.supplementDeliveryEvent].name());
            time(RECEIVED_AT, d.eventAt[d.supplementDeliveryEvent]);
        }
        gen.writeFieldName(STATE);
        gen.writeBoolean(delivered);
        time(DUE_BEFORE, d.dueAt);
        if (delivered && d.supplementNewDueAt != DossierDraft.NONE) {
            time(DUE_AFTER, d.supplementNewDueAt);
        }
        gen.writeEndObject();
        gen.writeEndArray();
    }

    private void time(SerializedString name, long local) throws IOException {
        times.format(local, buffer, 0);
        gen.writeFieldName(name);
        gen.writeString(buffer, 0, WireTimeFormat.LENGTH);
    }
}

package org.tthc.domain.packet.lgsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.domain.packet.lgsp.LgspPacketWriterTest.APPLICANT;
import static org.tthc.domain.packet.lgsp.LgspPacketWriterTest.DOSSIERS;
import static org.tthc.domain.packet.lgsp.LgspPacketWriterTest.LAST_STEP;
import static org.tthc.domain.packet.lgsp.LgspPacketWriterTest.LEVEL1;
import static org.tthc.domain.packet.lgsp.LgspPacketWriterTest.LEVEL1_NAME;
import static org.tthc.domain.packet.lgsp.LgspPacketWriterTest.RETURNED;
import static org.tthc.domain.packet.lgsp.LgspPacketWriterTest.STEP;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.packet.PacketFormatException;
import org.tthc.domain.packet.PacketJsonSchemas;
import org.tthc.domain.packet.PacketXmlSchemas;
import org.tthc.domain.personal.ApplicantContact;

/** Every LGSP packet we write conforms to its XSD and JSON Schema; a broken one is refused by field. */
class LgspPacketSchemasTest {
    private static final PacketJsonSchemas JSON_SCHEMAS = new PacketJsonSchemas();
    private static final PacketXmlSchemas XML_SCHEMAS = new PacketXmlSchemas();
    private static final String DOCUMENT = "MSyncDocument";
    private static final String TRACE = "MDocumentTraces";

    private final LgspPacketWriter writer = new LgspPacketWriter(LEVEL1, LEVEL1_NAME);

    @Test
    void everyWrittenPacketConformsToItsXsdAndJsonSchema() {
        for (DossierRecord dossier : DOSSIERS) {
            XML_SCHEMAS.validate(DOCUMENT, writer.documentXml(dossier, APPLICANT));
            assertThat(JSON_SCHEMAS.problems(DOCUMENT, writer.documentJson(dossier, APPLICANT)))
                    .as(dossier.dossierCode()).isEmpty();
        }
        for (DossierEvent step : List.of(STEP, LAST_STEP)) {
            XML_SCHEMAS.validate(TRACE, writer.traceXml(step));
            assertThat(JSON_SCHEMAS.problems(TRACE, writer.traceJson(step))).isEmpty();
        }
    }

    @Test
    void aDocumentWithoutDocCodeIsRefusedNamingTheField() {
        String xml = writer.documentXml(RETURNED, APPLICANT).replaceFirst("\\s*<DocCode>[^<]*</DocCode>", "");
        String json = writer.documentJson(RETURNED, APPLICANT).replaceFirst("\"DocCode\":\"[^\"]*\",", "");

        assertThatThrownBy(() -> XML_SCHEMAS.validate(DOCUMENT, xml)).isInstanceOf(PacketFormatException.class)
                .hasMessageContaining("MSyncDocument XML does not conform to MSyncDocument.xsd")
                .hasMessageContaining("DocCode");
        assertThat(JSON_SCHEMAS.problems(DOCUMENT, json))
                .singleElement().satisfies(p -> assertThat(p).startsWith("/:").contains("DocCode"));
    }

    @Test
    void aBadDateIsRefusedNamingTheField() {
        String xml = writer.documentXml(RETURNED, APPLICANT)
                .replace("<DateReceived>2025-10-01T08:30:00.000+0700", "<DateReceived>2025-13-01T08:30:00.000+0700");
        String json = writer.documentJson(RETURNED, APPLICANT)
                .replace("\"DateReceived\":\"2025-10-01T08:30:00.000+0700\"", "\"DateReceived\":\"01/10/2025 08:30\"");
        String trace = writer.traceXml(STEP).replace("<DateCreated>2025-10-01T", "<DateCreated>2025-10-01 ");

        assertThatThrownBy(() -> XML_SCHEMAS.validate(DOCUMENT, xml)).isInstanceOf(PacketFormatException.class)
                .hasMessageContaining("'DateReceived'");
        assertThat(JSON_SCHEMAS.problems(DOCUMENT, json)).isNotEmpty()
                .allSatisfy(p -> assertThat(p).startsWith("/DateReceived"));
        assertThatThrownBy(() -> XML_SCHEMAS.validate(TRACE, trace)).isInstanceOf(PacketFormatException.class)
                .hasMessageContaining("'DateCreated'");
    }

    @Test
    void aTraceWithoutAStatusCodeOrWithTheDossierPacketsSpellingIsRefused() {
        String json = writer.traceJson(STEP);

        assertThat(JSON_SCHEMAS.problems(TRACE, json.replace("\"Status\":4", "\"Status\":0")))
                .singleElement().satisfies(p -> assertThat(p).startsWith("/Status"));
        assertThat(JSON_SCHEMAS.problems(TRACE, json.replace("OrganizationInchargeIdLevel1", "OrganInchargeIdLevel1")))
                .anySatisfy(p -> assertThat(p).contains("OrganInchargeIdLevel1"));
    }

    /** portal-lite holds no officer titles: a step without one conforms (the 2018 schema requires it). */
    @Test
    void aStepWithoutTheOfficersTitleConformsAndLeavesTheFieldOut() {
        DossierEvent untitled = new DossierEvent(STEP.sourceSystem(), STEP.dossierCode(), STEP.eventId(),
                STEP.occurredAt(), STEP.status(), STEP.handler(), null, STEP.department(), STEP.content(), null, null);

        assertThat(writer.traceJson(untitled)).doesNotContain("UserPosition");
        assertThat(JSON_SCHEMAS.problems(TRACE, writer.traceJson(untitled))).isEmpty();
        XML_SCHEMAS.validate(TRACE, writer.traceXml(untitled));
    }

    @Test
    void aDossierWhoseApplicantHasNoPhoneIsRefusedBeforeItLeaves() {
        ApplicantContact withoutPhone = new ApplicantContact("Nguyễn Thị Hoa", "079301000111", null, null);

        assertThat(JSON_SCHEMAS.problems(DOCUMENT, writer.documentJson(RETURNED, withoutPhone)))
                .singleElement().satisfies(p -> assertThat(p).contains("Phone"));
        assertThatThrownBy(() -> XML_SCHEMAS.validate(DOCUMENT, writer.documentXml(RETURNED, withoutPhone)))
                .hasMessageContaining("Phone");
        assertThat(XML_SCHEMAS.problems(DOCUMENT, writer.documentXml(RETURNED, withoutPhone)))
                .singleElement().satisfies(p -> assertThat(p).startsWith("line ").contains("Phone"));
        assertThat(XML_SCHEMAS.problems(DOCUMENT, writer.documentXml(RETURNED, APPLICANT))).isEmpty();
    }

    /** The exact wire text of one small dossier with an open supplement round: names, order and date formats. */
    @Test
    void aSmallDossierIsWrittenExactlyAsTheWireSpells() {
        LocalDateTime due = LocalDateTime.of(2025, 10, 20, 17, 0);
        DossierRecord dossier = new DossierRecord("portal", "000.00.12.H49-251001-0001", "1.001234",
                "Cấp phép & xây dựng", null, null, null, ApplicantType.CITIZEN, null, "000.00.12.H49", "Sở Xây dựng",
                LocalDateTime.of(2025, 10, 1, 8, 30), due, StatusCode.SUPPLEMENT_REQUESTED, null, null,
                List.of(new SupplementRound(LocalDateTime.of(2025, 10, 3, 9, 0), null, due, null)), null, null);
        ApplicantContact applicant = new ApplicantContact("Nguyễn Thị Hoa", "079301000111", "0912345678", null);

        assertThat(writer.documentXml(dossier, applicant)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <MSyncDocument>
                  <DocTypeCode>1.001234</DocTypeCode>
                  <DocTypeName>Cấp phép &amp; xây dựng</DocTypeName>
                  <DocCode>000.00.12.H49-251001-0001</DocCode>
                  <CitizenName>Nguyễn Thị Hoa</CitizenName>
                  <ApplicantsId>079301000111</ApplicantsId>
                  <ApplicantsType>1</ApplicantsType>
                  <Phone>0912345678</Phone>
                  <DateReceived>2025-10-01T08:30:00.000+0700</DateReceived>
                  <DateAppointed>2025-10-20T17:00:00.000+0700</DateAppointed>
                  <IsSuccess>false</IsSuccess>
                  <SuccessDate>0000-00-00T00:00:00.000+0700</SuccessDate>
                  <IsReturned>false</IsReturned>
                  <ReturnedDate>0000-00-00T00:00:00.000+0700</ReturnedDate>
                  <ReturnedType>0</ReturnedType>
                  <Status>1</Status>
                  <ProcessingOrganName>Sở Xây dựng</ProcessingOrganName>
                  <HasSupplementary>true</HasSupplementary>
                  <Supplementaries>
                    <SupplementaryId>1</SupplementaryId>
                    <SendDate>2025-10-03T09:00:00.000+0700</SendDate>
                    <ReceivedDate>0000-00-00T00:00:00.000+0700</ReceivedDate>
                    <IsReceived>false</IsReceived>
                    <OldDateAppointed>2025-10-20T17:00:00.000+0700</OldDateAppointed>
                  </Supplementaries>
                  <OrganInchargeIdLevel1>000.00.00.H49</OrganInchargeIdLevel1>
                  <OrganInchargeName>UBND tỉnh Quảng Nam</OrganInchargeName>
                </MSyncDocument>
                """);
    }

    @Test
    void aStepIsWrittenExactlyAsTheWireSpells() {
        DossierEvent step = new DossierEvent("portal", "000.00.12.H49-251001-0001", "e1",
                LocalDateTime.of(2025, 10, 2, 9, 0), StatusCode.PROCESSING, "Trần Thị Bình", "Chuyên viên",
                "Phòng Quản lý xây dựng", "Thẩm định", null, LocalDateTime.of(2025, 10, 4, 17, 0));

        assertThat(writer.traceJson(step)).isEqualTo("{\"DocumentId\":\"000.00.12.H49-251001-0001\","
                + "\"DocCode\":\"000.00.12.H49-251001-0001\",\"UserName\":\"Trần Thị Bình\","
                + "\"UserPosition\":\"Chuyên viên\",\"DateCreated\":\"2025-10-02T09:00:00.000+0700\","
                + "\"Comment\":\"Thẩm định\",\"Status\":4,\"OrganizationInchargeIdLevel1\":\"000.00.00.H49\","
                + "\"OrganizationInchargeName\":\"UBND tỉnh Quảng Nam\"}");
    }
}

package org.tthc.domain.packet.lgsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.packet.dvcqg.DvcqgRecordCollector;
import org.tthc.domain.personal.ApplicantHasher;
import org.tthc.domain.quality.RecordRejection;

class LgspPacketReaderTest {
    /** 2025-10-15T10:00 local time; the clock's own zone is deliberately not Vietnam's. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-15T03:00:00Z"),
            ZoneId.of("America/Bahia_Banderas"));
    private static final ApplicantHasher HASHER = new ApplicantHasher(new byte[32]);
    private static final String CODE = "000.00.12.H49-251001-0001";

    static final String DOCUMENTS_XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <ArrayOfMSyncDocument xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <MSyncDocument>
                <DocTypeCode>1.001234</DocTypeCode><DocTypeName>Cấp giấy phép xây dựng</DocTypeName>
                <DocCode>000.00.12.H49-251001-0001</DocCode><CitizenName>Nguyễn Văn An</CitizenName>
                <ApplicantsId>079012345678</ApplicantsId><ApplicantsType>1</ApplicantsType>
                <Email>an.nguyen@example.vn</Email><Phone>0905 123 456</Phone><Address>Tổ 5, Hải Châu</Address>
                <Compendium>Xin cấp giấy phép xây dựng nhà ở</Compendium>
                <DateReceived>2025-10-01T08:30:00.000+0700</DateReceived>
                <DateAppointed>2025-10-20T17:00:00.000+0700</DateAppointed>
                <IsSuccess>true</IsSuccess><SuccessDate>2025-10-09T01:00:00.000+0000</SuccessDate>
                <IsReturned>false</IsReturned><ReturnedDate>2025-10-20T17:00:00.000+0700</ReturnedDate>
                <FinishedDate xsi:nil="true"/>
                <ProcessingOrganName>Sở Xây dựng</ProcessingOrganName>
                <Attachments><Attachmentld>1</Attachmentld><AttachmentName>don.pdf</AttachmentName></Attachments>
                <Supplementaries>
                  <Supplementary><SupplementaryId>1</SupplementaryId>
                    <SendDate>2025-10-03T09:00:00.000+0700</SendDate>
                    <ReceivedDate>2025-10-06T10:00:00.000+0700</ReceivedDate><IsReceived>true</IsReceived>
                    <OldDateAppointed>2025-10-15T17:00:00.000+0700</OldDateAppointed>
                    <NewDateAppointed>2025-10-20T17:00:00.000+0700</NewDateAppointed></Supplementary>
                </Supplementaries>
                <OrganInchargeIdLevel1>000.00.00.H49</OrganInchargeIdLevel1>
                <OrganInchargeName>UBND tỉnh</OrganInchargeName>
              </MSyncDocument>
              <MSyncDocument>
                <DocTypeCode>1.001234</DocTypeCode><DocCode>BN-0002</DocCode><ApplicantsId>079099887766</ApplicantsId>
                <DateReceived>2025-10-02T08:30:00.000+0700</DateReceived>
                <DateAppointed>2025-10-01T17:00:00.000+0700</DateAppointed>
                <IsSuccess>false</IsSuccess><SuccessDate>0000-00-00T00:00:00.000+0700</SuccessDate>
                <IsReturned>false</IsReturned>
                <OrganInchargeIdLevel1>000.00.00.H49</OrganInchargeIdLevel1>
              </MSyncDocument>
              <MSyncDocument>
                <DocCode>BN-0003</DocCode><DateReceived>2025-10-02T08:30:00.000+0700</DateReceived>
                <IsReturned>false</IsReturned><OrganInchargeIdLevel1>000.00.00.H49</OrganInchargeIdLevel1>
              </MSyncDocument>
            </ArrayOfMSyncDocument>
            """;

    @Test
    void xmlDocumentsMapToCanonicalRecordsWithDatesInVietnamTime() {
        DvcqgRecordCollector read = read(DOCUMENTS_XML);

        assertThat(read.dossiers()).hasSize(2);
        DossierRecord first = read.dossiers().get(0);
        assertThat(first.dossierCode()).isEqualTo(CODE);
        assertThat(first.procedureCode()).isEqualTo("1.001234");
        assertThat(first.applicantType()).isEqualTo(ApplicantType.ofCode(1).orElseThrow());
        assertThat(first.handlingOrgCode()).isEqualTo("000.00.12.H49");
        assertThat(first.handlingOrgName()).isEqualTo("Sở Xây dựng");
        assertThat(first.receivedAt()).isEqualTo(LocalDateTime.of(2025, 10, 1, 8, 30));
        assertThat(first.status()).isEqualTo(StatusCode.FINISHED);
        // 01:00 UTC is 08:00 in Asia/Ho_Chi_Minh; without FinishedDate the result date ends processing
        assertThat(first.finishedAt()).isEqualTo(LocalDateTime.of(2025, 10, 9, 8, 0));
        assertThat(first.returnedAt()).as("ReturnedDate is the due date while IsReturned is false").isNull();
        assertThat(first.supplements()).containsExactly(new SupplementRound(LocalDateTime.of(2025, 10, 3, 9, 0),
                LocalDateTime.of(2025, 10, 6, 10, 0), LocalDateTime.of(2025, 10, 15, 17, 0),
                LocalDateTime.of(2025, 10, 20, 17, 0)));
        DossierRecord third = read.dossiers().get(1);
        assertThat(third.status()).isEqualTo(StatusCode.PROCESSING);
        assertThat(third.handlingOrgCode()).as("no unit code in DocCode: the level-1 organisation")
                .isEqualTo("000.00.00.H49");
    }

    @Test
    void appointmentBeforeReceiptIsRejectedWithFieldAndPosition() {
        RecordRejection rejection = read(DOCUMENTS_XML).rejections().get(0);

        assertThat(rejection.position()).isEqualTo(1);
        assertThat(rejection.recordKey()).isEqualTo("BN-0002");
        assertThat(rejection.field()).isEqualTo("DateAppointed");
        assertThat(rejection.reason()).contains("is before DateReceived");
        assertThat(rejection.rawPayload()).doesNotContain("079099887766").contains("hmac-sha256:");
    }

    @Test
    void applicantIdentifiersArriveOnlyAsKeyedHashes() {
        DvcqgRecordCollector read = read(DOCUMENTS_XML);

        assertThat(read.applicants()).as("accepted dossiers that carry an identifier").hasSize(1);
        assertThat(read.applicants().get(0).dossierCode()).isEqualTo(CODE);
        assertThat(read.applicants().get(0).idNumberHash()).isEqualTo(HASHER.idNumber("079012345678"));
        assertThat(read.applicants().get(0).phoneHash()).isEqualTo(HASHER.phone("+84 905123456"));
        assertThat(read.applicants().get(0).emailHash()).isEqualTo(HASHER.email("An.Nguyen@example.vn"));
    }

    @Test
    void jsonSingleRecordEnvelopeAndTracesAreRead() {
        String single = """
                {"DocCode":"000.00.12.H49-251001-0009","DocTypeCode":"1.001234",
                 "DateReceived":"2025-10-01T08:30:00.000+0700","DateAppointed":"2025-10-20T17:00:00.000+0700",
                 "IsSuccess":true,"IsReturned":true,"ReturnedDate":"2025-10-10T09:00:00.000+0700",
                 "FinishedDate":"2025-10-09T16:00:00.000+0700","Phone":"0905123456"}
                """;
        DvcqgRecordCollector dossier = read(single);
        assertThat(dossier.dossiers()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(StatusCode.RESULT_RETURNED);
            assertThat(d.finishedAt()).isEqualTo(LocalDateTime.of(2025, 10, 9, 16, 0));
            assertThat(d.returnedAt()).isEqualTo(LocalDateTime.of(2025, 10, 10, 9, 0));
        });

        String traces = """
                {"service":"MDocumentTraces","data":[
                 {"DocumentId":"77","DocCode":"000.00.12.H49-251001-0009","UserName":"Trần Thị B",
                  "UserPosition":"Chuyên viên","DateCreated":"2025-10-02T09:00:00.000+0700","Comment":"Thẩm định",
                  "Status":4,"OrganizationInchargeIdLevel1":"000.00.00.H49","OrganizationInchargeName":"UBND tỉnh"},
                 {"DocCode":"000.00.12.H49-251001-0009","UserName":"Trần Thị B","UserPosition":"Chuyên viên",
                  "DateCreated":"2025-10-03T09:00:00.000+0700","Status":0},
                 {"DocCode":"000.00.12.H49-251001-0009","DateCreated":"2030-01-01T09:00:00.000+0700","Status":9}
                ]}
                """;
        DvcqgRecordCollector steps = read(traces);
        assertThat(steps.events()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(StatusCode.PROCESSING);
            assertThat(e.handler()).isEqualTo("Trần Thị B");
            assertThat(e.occurredAt()).isEqualTo(LocalDateTime.of(2025, 10, 2, 9, 0));
        });
        assertThat(steps.rejections()).extracting(RecordRejection::field).containsExactly("Status", "DateCreated");
        assertThat(steps.rejections().get(1).reason()).contains("in the future");
    }

    @Test
    void xmlTracesAreReadAsEvents() {
        String xml = """
                <MDocumentTraces><DocCode>000.00.12.H49-251001-0009</DocCode><UserName>B</UserName>
                <DateCreated>2025-10-02T09:00:00+07:00</DateCreated><Status>10</Status></MDocumentTraces>
                """;
        assertThat(read(xml).events()).extracting(DossierEvent::status).containsExactly(StatusCode.RESULT_RETURNED);
    }

    @Test
    void aDtdIsRefusedAndNoExternalEntityIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE MSyncDocument [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <MSyncDocument><DocCode>&secret;</DocCode></MSyncDocument>
                """;
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(LgspFileException.class).hasMessageContaining("DTD");
    }

    @Test
    void brokenXmlFailsTheFileWithItsLocation() {
        assertThatThrownBy(() -> read("<ArrayOfMSyncDocument><MSyncDocument><DocCode>x</DocCode>"))
                .isInstanceOf(LgspFileException.class).hasMessageContaining("inline");
    }

    private static DvcqgRecordCollector read(String text) {
        DvcqgRecordCollector collector = new DvcqgRecordCollector();
        new LgspPacketReader("lgsp-test", CLOCK, HASHER).read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "inline", collector);
        return collector;
    }
}

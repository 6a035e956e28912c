package org.tthc.domain.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.domain.packet.StatisticsPacketBuilderTest.ORG;
import static org.tthc.domain.packet.StatisticsPacketBuilderTest.ORG_NAME;
import static org.tthc.domain.packet.StatisticsPacketBuilderTest.realPayload;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tthc.domain.period.Period;

class StatisticsPacketCodecTest {
    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();
    private final StatisticsPacket october2018 =
            StatisticsPacketBuilder.build(realPayload(Period.month(2018, 10)), ORG, ORG_NAME);
    private final StatisticsPacket year2018 =
            StatisticsPacketBuilder.build(realPayload(Period.year(2018)), ORG, ORG_NAME);

    /** reference.md §1.10 verbatim: values from a verified real payload. */
    private static final String REFERENCE_EXAMPLE = """
            <MStatistic>
              <Month>10</Month>
              <Year>2018</Year>
              <IsMonthStatistic>true</IsMonthStatistic>
              <NewReception>28</NewReception>
              <PreExtisting>46</PreExtisting>
              <Total>74</Total>
              <TotalSolved>14</TotalSolved>
              <SolvedInTime>14</SolvedInTime>
              <SolvedInTimePercent>100.0</SolvedInTimePercent>
              <SolvedLate>0</SolvedLate>
              <SolvedLatePercent>0.0</SolvedLatePercent>
              <TotalPending>60</TotalPending>
              <Pending>58</Pending>
              <PendingLate>2</PendingLate>
              <PendingLatePercent>3.3</PendingLatePercent>
              <PendingPercent>96.7</PendingPercent>
              <Note></Note>
              <OrganizationInchargeIdlevel1>000.00.00.H49</OrganizationInchargeIdlevel1>
              <OrganizationInchargeName>UBND tỉnh …</OrganizationInchargeName>
            </MStatistic>
            """;

    @Test
    void referenceExampleValidatesReadsAsTheBuiltPacketAndRoundTrips() {
        StatisticsPacket built = StatisticsPacketBuilder.build(realPayload(Period.month(2018, 10)), ORG, "UBND tỉnh …");

        codec.validateXml(REFERENCE_EXAMPLE);
        List<StatisticsPacket> read = codec.fromXml(REFERENCE_EXAMPLE);

        assertThat(read).containsExactly(built);
        assertThat(codec.fromXml(codec.toXml(read.get(0)))).containsExactly(built);
        assertThat(codec.fromJson(codec.toJson(read.get(0)))).containsExactly(built);
    }

    @Test
    void realPayloadRoundTripsThroughXmlAndValidates() {
        String xml = codec.toXml(october2018);

        codec.validateXml(xml);
        assertThat(xml).contains("<MStatistic>", "<PreExtisting>46</PreExtisting>",
                "<SolvedInTimePercent>100.0</SolvedInTimePercent>", "<SolvedLatePercent>0.0</SolvedLatePercent>",
                "<PendingLatePercent>3.3</PendingLatePercent>", "<PendingPercent>96.7</PendingPercent>",
                "<OrganizationInchargeIdlevel1>000.00.00.H49</OrganizationInchargeIdlevel1>");
        assertThat(codec.fromXml(xml)).containsExactly(october2018);
    }

    @Test
    void xmlFieldsFollowThePropOrder() {
        String xml = codec.toXml(october2018);

        assertThat(xml).containsSubsequence("<Month>", "<Year>", "<IsMonthStatistic>", "<NewReception>",
                "<PreExtisting>", "<Total>", "<TotalSolved>", "<SolvedInTime>", "<SolvedInTimePercent>",
                "<SolvedLate>", "<SolvedLatePercent>", "<TotalPending>", "<Pending>", "<PendingLate>",
                "<PendingLatePercent>", "<PendingPercent>", "<Note", "<OrganizationInchargeIdlevel1>",
                "<OrganizationInchargeName>");
    }

    @Test
    void yearlyPacketIsWrittenWithMonthZeroAndRoundTrips() {
        String xml = codec.toXml(year2018);

        codec.validateXml(xml);
        assertThat(xml).contains("<Month>0</Month>", "<IsMonthStatistic>false</IsMonthStatistic>");
        assertThat(codec.fromXml(xml)).containsExactly(year2018);
        assertThat(codec.fromJson(codec.toJson(year2018))).containsExactly(year2018);
    }

    @Test
    void jsonUsesTheExactWireNamesAndPlainDecimals() {
        String json = codec.toJson(october2018);

        assertThat(json).startsWith("{\"Month\":10,\"Year\":2018,\"IsMonthStatistic\":true,")
                .contains("\"PreExtisting\":46", "\"OrganizationInchargeIdlevel1\":\"000.00.00.H49\"",
                        "\"SolvedInTimePercent\":100.0", "\"PendingLatePercent\":3.3", "\"PendingPercent\":96.7",
                        "\"Note\":\"\"")
                .doesNotContain("PreExisting", "IdLevel1");
    }

    @Test
    void oneJsonPacketIsAnObjectAndSeveralAreAnArray() {
        String one = codec.toJson(october2018);
        String several = codec.toJson(List.of(october2018, year2018));

        assertThat(one).startsWith("{");
        assertThat(several).startsWith("[{");
        assertThat(codec.fromJson(one)).containsExactly(october2018);
        assertThat(codec.fromJson(several)).containsExactly(october2018, year2018);
    }

    @Test
    void percentagesSentAsStringsOrIntegersAreReadAsDecimals() {
        String bkavStyle = codec.toJson(october2018)
                .replace("\"PendingLatePercent\":3.3", "\"PendingLatePercent\":\"3.3\"")
                .replace("\"SolvedInTimePercent\":100.0", "\"SolvedInTimePercent\":100");

        assertThat(codec.fromJson(bkavStyle)).containsExactly(october2018);
    }

    @Test
    void severalPacketsInXmlShareTheListRootAndValidate() {
        String xml = codec.toXml(List.of(october2018, year2018));

        codec.validateXml(xml);
        assertThat(xml).contains("<MStatisticList>").containsSubsequence("<MStatistic>", "<MStatistic>");
        assertThat(codec.fromXml(xml)).containsExactly(october2018, year2018);
    }

    @Test
    void emptyListIsAValidXmlDocument() {
        String xml = codec.toXml(List.of());

        codec.validateXml(xml);
        assertThat(codec.fromXml(xml)).isEmpty();
    }

    @Test
    void invalidXmlIsReportedWithLineAndColumn() {
        String xml = codec.toXml(october2018).replace("<Total>74</Total>", "<Total>-1</Total>");

        assertThatThrownBy(() -> codec.validateXml(xml))
                .isInstanceOf(PacketFormatException.class)
                .hasMessageContaining("line ")
                .satisfies(e -> assertThat(((PacketFormatException) e).line()).isPositive());
    }

    @Test
    void xmlWithADoctypeIsRejected() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE MStatistic [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + codec.toXml(october2018).replaceFirst("<\\?xml[^>]*>", "").replace("<Note/>", "<Note>&x;</Note>")
                .replace("<Note></Note>", "<Note>&x;</Note>");

        assertThatThrownBy(() -> codec.validateXml(xml)).isInstanceOf(PacketFormatException.class)
                .hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> codec.fromXml(xml)).isInstanceOf(PacketFormatException.class)
                .hasMessageContaining("may not declare a DOCTYPE");
    }

    @Test
    void missingFieldIsNamedByItsWireName() {
        String json = codec.toJson(october2018).replace("\"PreExtisting\":46,", "");

        assertThatThrownBy(() -> codec.fromJson(json))
                .isInstanceOf(PacketFormatException.class)
                .hasMessageContaining("PreExtisting");
    }

    @Test
    void xmlWithAnUnknownRootIsRefused() {
        assertThatThrownBy(() -> codec.fromXml("<MVotes/>"))
                .isInstanceOf(PacketFormatException.class)
                .hasMessageContaining("<MVotes>");
    }
}

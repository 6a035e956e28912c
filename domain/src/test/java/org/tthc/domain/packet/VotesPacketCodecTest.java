package org.tthc.domain.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.domain.packet.VotesPacketBuilderTest.CREATED;
import static org.tthc.domain.packet.VotesPacketBuilderTest.ORG;
import static org.tthc.domain.packet.VotesPacketBuilderTest.ORG_NAME;
import static org.tthc.domain.packet.VotesPacketBuilderTest.sample;
import static org.tthc.domain.packet.VotesPacketBuilderTest.shares;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingStatistics;

class VotesPacketCodecTest {
    private static final PacketJsonSchemas SCHEMAS = new PacketJsonSchemas();
    private final VotesPacketCodec codec = new VotesPacketCodec();

    @Test
    void jsonRoundTripsAndUsesTheWireNamesInOrder() {
        VotesPacket packet = sample();
        String json = codec.toJson(packet);

        assertThat(codec.fromJson(json)).isEqualTo(packet);
        assertThat(json).startsWith("{\"DateCreated\":\"2025-11-05T00:00:00.000+0700\",\"TotalVoted\":6,"
                + "\"PercentVeryGood\":16.7,\"PercentGood\":16.7,\"PercentBad\":66.6,\"Questions\":[{\"Content\":")
                .endsWith(",\"OrganizationInchargeIdLevel1\":\"" + ORG + "\",\"OrganizationInchargeName\":\""
                        + ORG_NAME + "\"}")
                .doesNotContain("DocTypeCode");
    }

    @Test
    void xmlRoundTripsAndConformsToTheXsd() {
        VotesPacket packet = sample();
        String xml = codec.toXml(packet);

        codec.validateXml(xml);
        assertThat(codec.fromXml(xml)).isEqualTo(packet);
        assertThat(xml).contains("<MVotes>").contains("<Questions>").contains("<PercentBad>66.6</PercentBad>")
                .contains("<OrganizationInchargeIdLevel1>");
    }

    @Test
    void whatTheCodecWritesConformsToTheJsonSchema() {
        assertThat(SCHEMAS.problems("MVotes", codec.toJson(sample()))).isEmpty();
    }

    @Test
    void aPacketWithoutRatingsRoundTripsWithZeroShares() {
        VotesPacket none = VotesPacketBuilder.build(RatingStatistics.none(ORG, Period.month(2025, 10)), Map.of(),
                CREATED, ORG_NAME);
        String json = codec.toJson(none);

        assertThat(json).contains("\"TotalVoted\":0,\"PercentVeryGood\":0.0,\"PercentGood\":0.0,\"PercentBad\":0.0");
        assertThat(SCHEMAS.problems("MVotes", json)).isEmpty();
        assertThat(codec.fromJson(json)).isEqualTo(none);
        assertThat(codec.fromXml(codec.toXml(none))).isEqualTo(none);
    }

    @Test
    void aQuestionAboutOneProcedureCarriesItsDocTypeCode() {
        VotesPacket packet = new VotesPacket(CREATED, 1, shares("100", "0", "0"),
                List.of(new VotesPacket.Question("1.001234", "Hài lòng?", shares("100", "0", "0"))), ORG, ORG_NAME);

        assertThat(codec.toJson(packet)).contains("{\"DocTypeCode\":\"1.001234\",\"Content\":\"Hài lòng?\"");
        assertThat(codec.fromXml(codec.toXml(packet))).isEqualTo(packet);
    }

    @Test
    void anLgspDateWithAnotherOffsetIsReadInLocalTime() {
        String json = codec.toJson(sample()).replace("2025-11-05T00:00:00.000+0700", "2025-11-04T17:00:00Z");

        assertThat(codec.fromJson(json).created()).isEqualTo(LocalDateTime.of(2025, 11, 5, 0, 0));
    }

    @Test
    void missingFieldsAreNamedAndTheSchemasRefuseThem() {
        String json = codec.toJson(sample()).replace("\"TotalVoted\":6,", "")
                .replace("\"PercentBad\":66.6", "\"PercentBad\":166.6");

        assertThatThrownBy(() -> codec.fromJson(json.replace("166.6", "66.6")))
                .isInstanceOf(PacketFormatException.class).hasMessageContaining("TotalVoted");
        assertThat(String.join("\n", SCHEMAS.problems("MVotes", json))).contains("TotalVoted").contains("/PercentBad");
        assertThatThrownBy(() -> codec.fromXml(codec.toXml(sample()).replace("OrganizationInchargeIdLevel1",
                "OrganizationInchargeIdlevel1")))
                .isInstanceOf(PacketFormatException.class).hasMessageContaining("MVotes XML does not conform");
    }
}

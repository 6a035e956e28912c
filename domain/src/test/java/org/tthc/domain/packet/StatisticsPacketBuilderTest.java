package org.tthc.domain.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.PeriodStatistics;

class StatisticsPacketBuilderTest {
    static final String ORG = "000.00.00.H49";
    static final String ORG_NAME = "UBND tỉnh Quảng Nam";

    /** The verified real payload of reference.md §1.10: 46 + 28 = 74 = 14 + 60, 58 + 2 = 60. */
    static PeriodStatistics realPayload(Period period) {
        return new PeriodStatistics(ORG, period, "R2025.1", 74, 46, 28, 5, 14, 14, 3, 0, 60, 2);
    }

    @Test
    void monthlyPacketCarriesTheMonthAndTheRealPayloadPercentages() {
        StatisticsPacket packet = StatisticsPacketBuilder.build(realPayload(Period.month(2018, 10)), ORG, ORG_NAME);

        assertThat(packet.month()).isEqualTo(10);
        assertThat(packet.year()).isEqualTo(2018);
        assertThat(packet.monthStatistic()).isTrue();
        assertThat(packet).extracting(StatisticsPacket::newReception, StatisticsPacket::preExisting,
                        StatisticsPacket::total, StatisticsPacket::totalSolved, StatisticsPacket::solvedInTime,
                        StatisticsPacket::solvedLate, StatisticsPacket::totalPending, StatisticsPacket::pending,
                        StatisticsPacket::pendingLate)
                .containsExactly(28, 46, 74, 14, 14, 0, 60, 58, 2);
        assertThat(packet.solvedInTimePercent()).isEqualTo(new BigDecimal("100.0"));
        assertThat(packet.solvedLatePercent()).isEqualTo(new BigDecimal("0.0"));
        assertThat(packet.pendingLatePercent()).isEqualTo(new BigDecimal("3.3"));
        assertThat(packet.pendingPercent()).isEqualTo(new BigDecimal("96.7"));
        assertThat(packet.note()).isEmpty();
        assertThat(packet.organisationCode()).isEqualTo(ORG);
        assertThat(packet.organisationName()).isEqualTo(ORG_NAME);
    }

    @Test
    void yearlyPacketHasMonthZero() {
        StatisticsPacket packet = StatisticsPacketBuilder.build(realPayload(Period.year(2025)), ORG, ORG_NAME);

        assertThat(packet.month()).isZero();
        assertThat(packet.year()).isEqualTo(2025);
        assertThat(packet.monthStatistic()).isFalse();
        assertThat(packet.note()).isEmpty();
    }

    @Test
    void quarterPacketHasMonthZeroAndNamesThePeriodInTheNote() {
        StatisticsPacket packet = StatisticsPacketBuilder.build(realPayload(Period.quarter(2025, 3)), ORG, ORG_NAME);

        assertThat(packet.month()).isZero();
        assertThat(packet.monthStatistic()).isFalse();
        assertThat(packet.year()).isEqualTo(2025);
        assertThat(packet.note()).isEqualTo("Kỳ 2025-07-01..2025-09-30");
    }

    @Test
    void customPeriodAcrossNewYearTakesTheYearOfItsLastDay() {
        Period cutOff = Period.custom(LocalDate.of(2024, 12, 15), LocalDate.of(2025, 1, 14));

        StatisticsPacket packet = StatisticsPacketBuilder.build(realPayload(cutOff), ORG, ORG_NAME);

        assertThat(packet.year()).isEqualTo(2025);
        assertThat(packet.month()).isZero();
        assertThat(packet.note()).isEqualTo("Kỳ 2024-12-15..2025-01-14");
    }

    @Test
    void builderRefusesStatisticsWhoseTotalIsNotPreExistingPlusNewReception() {
        PeriodStatistics broken = new PeriodStatistics(ORG, Period.month(2025, 10), "R2025.1",
                74, 46, 29, 0, 14, 14, 0, 0, 60, 2);

        assertThatThrownBy(() -> StatisticsPacketBuilder.build(broken, ORG, ORG_NAME))
                .isInstanceOf(PacketIdentityException.class)
                .hasMessageContaining(ORG)
                .hasMessageContaining("2025-10")
                .hasMessageContaining("total 74 ≠ preExisting 46 + newReception 29 (= 75)")
                .satisfies(e -> assertThat(((PacketIdentityException) e).violations()).hasSize(1));
    }

    @Test
    void builderRefusesMorePendingLateThanPending() {
        PeriodStatistics broken = new PeriodStatistics(ORG, Period.month(2025, 10), "R2025.1",
                10, 4, 6, 0, 5, 5, 0, 0, 5, 6);

        assertThatThrownBy(() -> StatisticsPacketBuilder.build(broken, ORG, ORG_NAME))
                .isInstanceOf(PacketIdentityException.class)
                .hasMessageContaining("pendingLate 6 > totalPending 5");
    }

    @Test
    void zeroDenominatorsGiveZeroForBothPercentagesOfThePair() {
        PeriodStatistics empty = PeriodStatistics.zero(ORG, Period.month(2025, 2), "R2025.1");

        StatisticsPacket packet = StatisticsPacketBuilder.build(empty, ORG, ORG_NAME);

        assertThat(packet.solvedInTimePercent()).isEqualTo(new BigDecimal("0.0"));
        assertThat(packet.solvedLatePercent()).isEqualTo(new BigDecimal("0.0"));
        assertThat(packet.pendingLatePercent()).isEqualTo(new BigDecimal("0.0"));
        assertThat(packet.pendingPercent()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void packetWithPercentagesThatDoNotAddUpIsReportedAsViolation() {
        StatisticsPacket packet = StatisticsPacketBuilder.build(realPayload(Period.month(2018, 10)), ORG, ORG_NAME);
        StatisticsPacket openCpsStyle = new StatisticsPacket(10, 2018, true, 28, 46, 74, 14, 14,
                new BigDecimal("100"), 0, new BigDecimal("0"), 60, 58, 2, new BigDecimal("0.033"),
                new BigDecimal("0.967"), "", ORG, ORG_NAME);

        assertThat(PacketIdentities.violations(packet)).isEmpty();
        assertThat(PacketIdentities.violations(openCpsStyle))
                .singleElement().asString().startsWith("pendingLatePercent + pendingPercent = 100 fails");
    }

    @Test
    void builderRefusesBlankOrganisationName() {
        assertThatThrownBy(() -> StatisticsPacketBuilder.build(realPayload(Period.month(2018, 10)), ORG, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisationName");
    }
}

package org.tthc.domain.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.IndicatorScore;
import org.tthc.domain.rating.IndicatorScoreCounts;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.rating.SatisfactionShares;

class VotesPacketBuilderTest {
    static final String ORG = "000.00.00.H49";
    static final String ORG_NAME = "UBND tỉnh H49";
    static final LocalDateTime CREATED = LocalDateTime.of(2025, 11, 5, 0, 0);
    private static final Period OCTOBER = Period.month(2025, 10);

    /**
     * Six ratings: 1 very satisfied, 1 satisfied, 4 not satisfied (16.7 + 16.7 + 66.7 = 100.1, so the largest bucket
     * gives back 0.1); indicator 1 scored 2, 2, 2 (one question all very good), indicator 3 scored 2, 1, 0
     * (33.3 × 3 = 99.9, the first of the equally largest gets 0.1), indicator 4 unanswered, indicator 7 scored 0.
     */
    static VotesPacket sample() {
        Map<Integer, IndicatorScoreCounts> scores = Map.of(
                1, new IndicatorScoreCounts(1, 3, 0, 0),
                3, new IndicatorScoreCounts(3, 1, 1, 1),
                7, new IndicatorScoreCounts(7, 0, 0, 1));
        RatingStatistics index = RatingStatistics.of(ORG, OCTOBER, 1, 1, 4, List.of(
                IndicatorScore.of(1, 3, 6), IndicatorScore.of(3, 3, 3), IndicatorScore.of(4, 0, 0),
                IndicatorScore.of(7, 1, 0)));
        return VotesPacketBuilder.build(index, scores, CREATED, ORG_NAME);
    }

    @Test
    void theOverallSharesGiveTheRoundingResidueToTheLargestBucket() {
        VotesPacket packet = sample();

        assertThat(packet.totalVoted()).isEqualTo(6);
        assertThat(packet.shares()).isEqualTo(shares("16.7", "16.7", "66.6"));
    }

    @Test
    void eachIndicatorIsOneQuestionWithTheSharesOfTwoOneAndZeroPoints() {
        List<VotesPacket.Question> questions = sample().questions();

        assertThat(questions).extracting(VotesPacket.Question::content).containsExactly(
                VotesPacketBuilder.INDICATOR_TEXT.get(1), VotesPacketBuilder.INDICATOR_TEXT.get(3),
                VotesPacketBuilder.INDICATOR_TEXT.get(4), VotesPacketBuilder.INDICATOR_TEXT.get(7));
        assertThat(questions).extracting(VotesPacket.Question::shares).containsExactly(
                shares("100.0", "0.0", "0.0"),
                shares("33.4", "33.3", "33.3"),
                shares("0.0", "0.0", "0.0"),
                shares("0.0", "0.0", "100.0"));
        assertThat(questions).extracting(VotesPacket.Question::procedureCode).containsOnlyNulls();
    }

    @Test
    void everySetOfSharesSumsToExactlyAHundredOrIsAllZero() {
        VotesPacket packet = sample();

        assertThat(sum(packet.shares())).isEqualByComparingTo("100.0");
        assertThat(packet.questions()).extracting(q -> sum(q.shares()).toPlainString())
                .containsExactly("100.0", "100.0", "0.0", "100.0");
    }

    @Test
    void anOrganisationWithoutRatingsSendsZeroSharesAndUnansweredQuestions() {
        VotesPacket packet = VotesPacketBuilder.build(RatingStatistics.none(ORG, OCTOBER), Map.of(), CREATED,
                ORG_NAME);

        assertThat(packet.totalVoted()).isZero();
        assertThat(packet.shares()).isEqualTo(shares("0.0", "0.0", "0.0"));
        assertThat(packet.questions()).hasSize(4)
                .allSatisfy(q -> assertThat(q.shares()).isEqualTo(shares("0.0", "0.0", "0.0")));
    }

    @Test
    void scoreCountsThatDisagreeWithTheIndexAreRefused() {
        RatingStatistics index = RatingStatistics.of(ORG, OCTOBER, 1, 0, 0, List.of(IndicatorScore.of(1, 1, 2),
                IndicatorScore.of(3, 0, 0), IndicatorScore.of(4, 0, 0), IndicatorScore.of(7, 0, 0)));

        assertThatThrownBy(() -> VotesPacketBuilder.build(index,
                Map.of(1, new IndicatorScoreCounts(1, 0, 1, 0)), CREATED, ORG_NAME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("indicator 1 of " + ORG);
    }

    static SatisfactionShares shares(String veryGood, String good, String bad) {
        return new SatisfactionShares(new BigDecimal(veryGood), new BigDecimal(good), new BigDecimal(bad));
    }

    private static BigDecimal sum(SatisfactionShares shares) {
        return shares.verySatisfied().add(shares.satisfied()).add(shares.notSatisfied());
    }
}

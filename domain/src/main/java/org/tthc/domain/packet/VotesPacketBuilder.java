package org.tthc.domain.packet;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tthc.domain.rating.IndicatorScoreCounts;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.domain.rating.RatingStatistics;

/**
 * Builds the MVotes packet of one level-1 organisation and period from its satisfaction index (statistics-rules §9)
 * and the score counts of its indicators (docs/decisions.md, "MVotes questions"): the overall answers give
 * {@code TotalVoted} and the packet's shares; each indicator a rating carries ({@link RatingRecord#INDICATORS}, in
 * that order) is one question whose text is the indicator's wording in Circular 01/2018 Art. 13 (reference.md §3.2)
 * and whose shares are those of 2, 1 and 0 points, with the same rounding and residue rule. No {@code DocTypeCode}:
 * every question is about all of the organisation's procedures.
 */
public final class VotesPacketBuilder {
    /** The Vietnamese wording of the indicators a rating carries (reference.md §3.2). */
    public static final Map<Integer, String> INDICATOR_TEXT = Map.of(
            1, "Tổng thời gian giải quyết TTHC so với quy định",
            3, "Số lần phải liên hệ nơi tiếp nhận để hoàn thiện hồ sơ (kể cả trực tuyến)",
            4, "Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ",
            7, "Thái độ của CBCCVC khi hướng dẫn, tiếp nhận, giải quyết");

    private VotesPacketBuilder() {
    }

    /**
     * @param scores  per indicator, by indicator number; an absent indicator counts as unanswered
     * @param created the packet's {@code DateCreated}
     * @throws IllegalArgumentException when the score counts disagree with the index's evaluated dossiers or score
     *                                  sums (they were computed from different ratings), or the count overflows
     */
    public static VotesPacket build(RatingStatistics index, Map<Integer, IndicatorScoreCounts> scores,
                                    LocalDateTime created, String organisationName) {
        List<VotesPacket.Question> questions = new ArrayList<>();
        for (int indicator : RatingRecord.INDICATORS) {
            IndicatorScoreCounts counts = scores.getOrDefault(indicator, IndicatorScoreCounts.none(indicator));
            var score = index.indicator(indicator);
            if (counts.evaluated() != score.evaluated() || counts.scoreSum() != score.scoreSum()) {
                throw new IllegalArgumentException("indicator " + indicator + " of " + index.orgCode() + " in "
                        + index.period() + ": the score counts " + counts + " disagree with the index's "
                        + score.evaluated() + " evaluated, sum " + score.scoreSum());
            }
            questions.add(new VotesPacket.Question(null, INDICATOR_TEXT.get(indicator), counts.shares()));
        }
        return new VotesPacket(created, Math.toIntExact(index.ratings()), index.shares(), questions,
                index.orgCode(), organisationName);
    }
}

package org.tthc.domain.packet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.tthc.domain.rating.SatisfactionShares;

/**
 * The national rating statistics packet (MVotes, reference.md §3.1) for one level-1 organisation and one period:
 * the ratings of the period and the shares of the three overall answers, and per question the shares of its
 * answers. The wire names live only in {@link VotesPacketCodec}. Shares are one decimal (statistics-rules §9,
 * {@link SatisfactionShares}); this record only checks what makes a packet well-formed, not that shares sum to 100.
 *
 * @param created    DateCreated, local time of Asia/Ho_Chi_Minh, in whole milliseconds
 * @param totalVoted TotalVoted: the ratings in the period
 * @param shares     PercentVeryGood, PercentGood, PercentBad
 * @param questions  Questions, in order; never null
 */
public record VotesPacket(
        LocalDateTime created,
        int totalVoted,
        SatisfactionShares shares,
        List<Question> questions,
        String organisationCode,
        String organisationName) {

    public VotesPacket {
        Objects.requireNonNull(created, "created");
        if (totalVoted < 0) {
            throw new IllegalArgumentException("totalVoted must not be negative, was " + totalVoted);
        }
        shares = normalised(shares);
        questions = questions == null ? List.of() : List.copyOf(questions);
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(organisationName, "organisationName");
    }

    /**
     * One question of the packet.
     *
     * @param procedureCode DocTypeCode, the procedure the question is about; null for a question about every one
     * @param content       Content, the question's text
     */
    public record Question(String procedureCode, String content, SatisfactionShares shares) {
        public Question {
            Objects.requireNonNull(content, "content");
            shares = normalised(shares);
        }
    }

    /** 100 → 100.0 and 3.30 → 3.3, so that equal values compare equal; never rounds. */
    static SatisfactionShares normalised(SatisfactionShares shares) {
        Objects.requireNonNull(shares, "shares");
        return new SatisfactionShares(normalised(shares.verySatisfied()), normalised(shares.satisfied()),
                normalised(shares.notSatisfied()));
    }

    private static BigDecimal normalised(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 1 ? stripped.setScale(1) : stripped;
    }
}

package org.tthc.domain.rating;

/**
 * How many of an organisation's ratings in a period scored one Circular 01/2018 indicator ({@link
 * RatingRecord#INDICATORS}) 2, 1 and 0 points; ratings that did not answer it are in none of the three.
 */
public record IndicatorScoreCounts(int indicator, long scoredTwo, long scoredOne, long scoredZero) {

    public IndicatorScoreCounts {
        if (!RatingRecord.INDICATORS.contains(indicator)) {
            throw new IllegalArgumentException("a rating carries indicators " + RatingRecord.INDICATORS + ", not "
                    + indicator);
        }
        if (scoredTwo < 0 || scoredOne < 0 || scoredZero < 0) {
            throw new IllegalArgumentException("score counts must not be negative");
        }
    }

    public static IndicatorScoreCounts none(int indicator) {
        return new IndicatorScoreCounts(indicator, 0, 0, 0);
    }

    /** The ratings that answered the indicator: {@link IndicatorScore#evaluated()}. */
    public long evaluated() {
        return scoredTwo + scoredOne + scoredZero;
    }

    /** The sum of the scores: {@link IndicatorScore#scoreSum()}. */
    public long scoreSum() {
        return 2 * scoredTwo + scoredOne;
    }

    /** The shares of 2, 1 and 0 points as the very satisfied, satisfied and not satisfied shares of a question. */
    public SatisfactionShares shares() {
        return SatisfactionShares.of(scoredTwo, scoredOne, scoredZero);
    }
}

package org.tthc.domain.rating;

import java.math.BigDecimal;

/**
 * One Circular 01/2018 indicator of an organisation and period (reference.md §3.2, Art. 15 cl. 2): the evaluated
 * dossiers (ratings that answered it), the sum of their scores, and the average, rounded half-up to one decimal;
 * null when no dossier was evaluated on it.
 */
public record IndicatorScore(int indicator, long evaluated, long scoreSum, BigDecimal average) {

    public static IndicatorScore of(int indicator, long evaluated, long scoreSum) {
        return new IndicatorScore(indicator, evaluated, scoreSum,
                evaluated == 0 ? null : Tenths.of(Tenths.roundedRatio(scoreSum, evaluated)));
    }
}

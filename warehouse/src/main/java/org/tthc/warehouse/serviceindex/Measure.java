package org.tthc.warehouse.serviceindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.Percentages;
import org.tthc.domain.statistics.PeriodStatistics;

/**
 * The Decision 766 indicators our facts support, each a rate in percent (one decimal) from the period statistics and
 * the satisfaction index of the same organisation and period; empty when its denominator is 0 (the indicator is then
 * "not applicable" and scores 0, reference.md §3.3).
 */
public enum Measure {
    /**
     * 2.1: (solved before or on the due date + pending within the due date) ÷ dossiers in play (received or
     * processed in the period).
     */
    ON_TIME_PROCESSING {
        @Override
        public Optional<BigDecimal> rate(PeriodStatistics s, RatingStatistics r) {
            return s.total() == 0 ? Optional.empty() : Optional.of(Percentages.percent(s.solvedInTime() + s.pending(), s.total()));
        }
    },
    /** 3.3: dossiers received online ÷ dossiers received in the period. */
    ONLINE_SUBMISSION {
        @Override
        public Optional<BigDecimal> rate(PeriodStatistics s, RatingStatistics r) {
            return s.newReception() == 0 ? Optional.empty()
                    : Optional.of(Percentages.percent(s.newReceptionOnline(), s.newReception()));
        }
    },
    /**
     * 5.4: 100 % − (late-dossier rate + rate of "not satisfied" ratings), both over the dossiers in play; late =
     * solved late + pending overdue. Never below 0.
     */
    SATISFACTION_IN_HANDLING {
        @Override
        public Optional<BigDecimal> rate(PeriodStatistics s, RatingStatistics r) {
            if (s.total() == 0) {
                return Optional.empty();
            }
            BigDecimal late = Percentages.percent(s.solvedLate() + s.pendingLate(), s.total());
            BigDecimal notSatisfied = Percentages.percent(r.notSatisfied(), s.total());
            BigDecimal rate = BigDecimal.valueOf(100).subtract(late).subtract(notSatisfied);
            return Optional.of(rate.max(BigDecimal.ZERO).setScale(1, RoundingMode.UNNECESSARY));
        }
    };

    /** The rate in percent of {@code statistics} and {@code ratings} (same organisation and period). */
    public abstract Optional<BigDecimal> rate(PeriodStatistics statistics, RatingStatistics ratings);
}

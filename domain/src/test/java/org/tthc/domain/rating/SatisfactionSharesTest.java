package org.tthc.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SatisfactionSharesTest {

    @Test
    void sharesThatRoundExactlyNeedNoResidue() {
        assertThat(SatisfactionShares.of(1, 2, 1)).isEqualTo(shares("25.0", "50.0", "25.0"));
    }

    @Test
    void aMissingTenthGoesToTheLargestBucket() {
        // 33.333… each rounds to 33.3: 99.9, the residue 0.1 goes to the first of the equally largest buckets
        assertThat(SatisfactionShares.of(1, 1, 1)).isEqualTo(shares("33.4", "33.3", "33.3"));
        // 1/6 = 16.666… → 16.7, 2/6 = 33.333… → 33.3, 3/6 = 50.0: 100.0 already
        assertThat(SatisfactionShares.of(1, 2, 3)).isEqualTo(shares("16.7", "33.3", "50.0"));
        // 1/9 = 11.1, 7/9 = 77.8 (77.777…), 1/9 = 11.1: 100.0
        assertThat(SatisfactionShares.of(1, 7, 1)).isEqualTo(shares("11.1", "77.8", "11.1"));
        // 4/11 = 36.36… → 36.4, 3/11 = 27.27… → 27.3, 4/11 → 36.4: 100.1, the largest (first of two) gives 0.1 back
        assertThat(SatisfactionShares.of(4, 3, 4)).isEqualTo(shares("36.3", "27.3", "36.4"));
    }

    @Test
    void aResidueGoesToTheLargestBucketWhereverItIs() {
        // 1/6 = 16.7, 1/6 = 16.7, 4/6 = 66.666… → 66.7: 100.1, not satisfied gives back
        assertThat(SatisfactionShares.of(1, 1, 4)).isEqualTo(shares("16.7", "16.7", "66.6"));
    }

    @Test
    void theHalfTenthRoundsUp() {
        // 1/8 = 12.5 exactly, 3/8 = 37.5, 4/8 = 50.0; 1/16 = 6.25 → 6.3, 5/16 = 31.25 → 31.3, 10/16 = 62.5: 100.1
        assertThat(SatisfactionShares.of(1, 3, 4)).isEqualTo(shares("12.5", "37.5", "50.0"));
        assertThat(SatisfactionShares.of(1, 5, 10)).isEqualTo(shares("6.3", "31.3", "62.4"));
    }

    @Test
    void noRatingGivesZeroShares() {
        assertThat(SatisfactionShares.of(0, 0, 0)).isEqualTo(shares("0.0", "0.0", "0.0"));
    }

    @Test
    void theSharesOfAnyCountsSumToExactlyOneHundred() {
        for (int v = 0; v <= 25; v++) {
            for (int s = 0; s <= 25; s++) {
                for (int n = 0; n <= 25; n++) {
                    if (v + s + n > 0) {
                        SatisfactionShares shares = SatisfactionShares.of(v, s, n);
                        assertThat(shares.verySatisfied().add(shares.satisfied()).add(shares.notSatisfied()))
                                .as("%d, %d, %d", v, s, n).isEqualTo(new BigDecimal("100.0"));
                    }
                }
            }
        }
    }

    private static SatisfactionShares shares(String verySatisfied, String satisfied, String notSatisfied) {
        return new SatisfactionShares(new BigDecimal(verySatisfied), new BigDecimal(satisfied),
                new BigDecimal(notSatisfied));
    }
}

package org.tthc.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.statistics.HandComputedCases.CITY;
import static org.tthc.domain.statistics.HandComputedCases.COMMUNE;
import static org.tthc.domain.statistics.HandComputedCases.DEPARTMENT;
import static org.tthc.domain.statistics.HandComputedCases.DISTRICT;
import static org.tthc.domain.statistics.HandComputedCases.PROVINCE;
import static org.tthc.domain.statistics.HandComputedCases.SEAT_COMMUNE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.HandComputedCases;

class ReferenceRatingsTest {
    private static final Period OCTOBER = Period.month(2025, 10);
    private static final LocalDate LATER = LocalDate.of(2025, 12, 1);
    private static final ReferenceRatings HIERARCHY =
            new ReferenceRatings(new OrganisationCatalogue(HandComputedCases.HIERARCHY));

    private static final List<RatingRecord> OCTOBER_RATINGS = List.of(
            rating("A", COMMUNE, "2025-10-01T08:00", RatingLevel.VERY_SATISFIED, 2, 2, 2, 2, "2025-10-02T00:00"),
            // an older version of A: replaced, whatever its position
            rating("A", COMMUNE, "2025-10-01T08:00", RatingLevel.NOT_SATISFIED, 0, 0, 0, 0, "2025-10-01T09:00"),
            rating("B", COMMUNE, "2025-10-31T23:59:59", RatingLevel.SATISFIED, 2, 1, null, 2, null),
            rating("C", DEPARTMENT, "2025-10-15T10:00", RatingLevel.NOT_SATISFIED, 0, 0, 1, 1, null),
            rating("D", DEPARTMENT, "2025-09-30T23:59:59", RatingLevel.VERY_SATISFIED, 2, 2, 2, 2, null),
            rating("E", DEPARTMENT, "2025-11-01T00:00", RatingLevel.VERY_SATISFIED, 2, 2, 2, 2, null),
            rating("F", null, "2025-10-10T00:00", RatingLevel.VERY_SATISFIED, 2, 2, 2, 2, null));

    @Test
    void ratingsOfThePeriodCountAtTheirOrganisationAndEveryAncestor() {
        Map<String, RatingStatistics> result = HIERARCHY.compute(OCTOBER_RATINGS, OCTOBER, LATER,
                OrganisationView.AS_REPORTED);

        assertThat(result).containsOnlyKeys(COMMUNE, DISTRICT, PROVINCE, DEPARTMENT);
        // commune: A (newest version) and B. Indicator 4 evaluated by A only.
        RatingStatistics commune = result.get(COMMUNE);
        assertThat(commune).isEqualTo(expected(COMMUNE, 1, 1, 0, "50.0", "50.0", "0.0",
                scores(2, 4, 2, 3, 1, 2, 2, 4), "2.0", "1.5", "2.0", "2.0", "7.5"));
        assertThat(result.get(DISTRICT)).isEqualTo(expected(DISTRICT, 1, 1, 0, "50.0", "50.0", "0.0",
                scores(2, 4, 2, 3, 1, 2, 2, 4), "2.0", "1.5", "2.0", "2.0", "7.5"));
        // department: C alone
        assertThat(result.get(DEPARTMENT)).isEqualTo(expected(DEPARTMENT, 0, 0, 1, "0.0", "0.0", "100.0",
                scores(1, 0, 1, 0, 1, 1, 1, 1), "0.0", "0.0", "1.0", "1.0", "2.0"));
        // province: A, B, C. 4/3 = 1.33 → 1.3; 3/3 = 1.0; 3/2 = 1.5; 5/3 = 1.67 → 1.7; the score sums the averages
        assertThat(result.get(PROVINCE)).isEqualTo(expected(PROVINCE, 1, 1, 1, "33.4", "33.3", "33.3",
                scores(3, 4, 3, 3, 2, 3, 3, 5), "1.3", "1.0", "1.5", "1.7", "5.5"));
    }

    @Test
    void anUnfinishedPeriodCountsRatingsUntilTheEndOfToday() {
        Map<String, RatingStatistics> result = HIERARCHY.compute(OCTOBER_RATINGS, OCTOBER, LocalDate.of(2025, 10, 15),
                OrganisationView.AS_REPORTED);

        assertThat(result.get(COMMUNE).ratings()).isEqualTo(1); // B, on 31 October, is not known yet
        assertThat(result.get(DEPARTMENT).ratings()).isEqualTo(1); // C, rated on the 15th
    }

    @Test
    void ratingsWithoutIndicatorScoresHaveNoAveragesAndNoScore() {
        List<RatingRecord> ratings = List.of(
                rating("A", DEPARTMENT, "2025-10-03T09:00", RatingLevel.SATISFIED, null, null, null, null, null));

        RatingStatistics department = HIERARCHY.compute(ratings, OCTOBER, LATER, OrganisationView.AS_REPORTED)
                .get(DEPARTMENT);

        assertThat(department.shares()).isEqualTo(SatisfactionShares.of(0, 1, 0));
        assertThat(department.indicators()).extracting(IndicatorScore::average).containsOnlyNulls();
        assertThat(department.total()).isNull();
        assertThat(department.grade(RatingGrades.DEFAULT)).isEmpty();
    }

    @Test
    void anOrganisationWithoutRatingsHasZeroSharesAndNoScore() {
        RatingStatistics none = RatingStatistics.none(PROVINCE, OCTOBER);

        assertThat(none.ratings()).isZero();
        assertThat(none.shares()).isEqualTo(new SatisfactionShares(new BigDecimal("0.0"), new BigDecimal("0.0"),
                new BigDecimal("0.0")));
        assertThat(none.indicators()).extracting(IndicatorScore::evaluated).containsOnly(0L);
        assertThat(none.total()).isNull();
        assertThat(HIERARCHY.compute(List.of(), OCTOBER, LATER, OrganisationView.AS_REPORTED)).isEmpty();
    }

    @Test
    void theRestatedViewCountsHistoryUnderTodaysOrganisations() {
        ReferenceRatings reformed = new ReferenceRatings(
                new OrganisationCatalogue(HandComputedCases.REFORMED, HandComputedCases.REFORM));
        List<RatingRecord> ratings = List.of(
                rating("A", COMMUNE, "2025-06-10T09:00", RatingLevel.VERY_SATISFIED, 2, 2, 2, 2, null));
        Period june = Period.month(2025, 6);

        assertThat(reformed.compute(ratings, june, LATER, OrganisationView.AS_REPORTED))
                .containsOnlyKeys(COMMUNE, DISTRICT, PROVINCE);
        assertThat(reformed.compute(ratings, june, LATER, OrganisationView.RESTATED))
                .containsOnlyKeys(SEAT_COMMUNE, CITY);
    }

    @Test
    void theScoreIsGradedWithFifteenPointsExcellent() {
        RatingStatistics fifteen = new RatingStatistics(PROVINCE, OCTOBER, 1, 0, 0, SatisfactionShares.of(1, 0, 0),
                List.of(), new BigDecimal("15.0"));

        assertThat(fifteen.grade(RatingGrades.DEFAULT)).contains(RatingGrade.EXCELLENT);
    }

    /** Evaluated and score sum of indicators 1, 3, 4 and 7 in turn. */
    private static long[] scores(long... evaluatedAndSums) {
        return evaluatedAndSums;
    }

    private static RatingStatistics expected(String org, long very, long satisfied, long not, String veryShare,
                                             String satisfiedShare, String notShare, long[] scores, String average1,
                                             String average3, String average4, String average7, String total) {
        String[] averages = {average1, average3, average4, average7};
        List<IndicatorScore> indicators = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            indicators.add(new IndicatorScore(RatingRecord.INDICATORS.get(i), scores[2 * i], scores[2 * i + 1],
                    new BigDecimal(averages[i])));
        }
        return new RatingStatistics(org, OCTOBER, very, satisfied, not, new SatisfactionShares(
                new BigDecimal(veryShare), new BigDecimal(satisfiedShare), new BigDecimal(notShare)), indicators,
                new BigDecimal(total));
    }

    private static RatingRecord rating(String dossier, String org, String ratedAt, RatingLevel level, Integer i1,
                                       Integer i3, Integer i4, Integer i7, String updatedAt) {
        return new RatingRecord("TEST", dossier, org, LocalDateTime.parse(ratedAt), level, i1, i3, i4, i7,
                updatedAt == null ? null : LocalDateTime.parse(updatedAt));
    }
}

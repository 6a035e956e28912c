package org.tthc.warehouse.serviceindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.IndicatorScore;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.PeriodStatistics;

class ServiceIndexTest {
    private static final Period MAY = Period.month(2025, 5);
    private static final ServiceIndexModel MODEL = ServiceIndexModel.bundled();

    /** 200 in play: 150 solved (120 in time, 30 late), 50 pending (10 overdue); 100 received, 40 online. */
    private static PeriodStatistics statistics() {
        return new PeriodStatistics("X", MAY, "r", 200, 100, 100, 40, 150, 120, 60, 30, 50, 10);
    }

    private static RatingStatistics ratings(long notSatisfied) {
        return RatingStatistics.of("X", MAY, 10, 10, notSatisfied, List.of(IndicatorScore.of(1, 0, 0)));
    }

    @Test
    void theBundledModelHasTheFiveGroupsOfTheDecisionAndTheSupportedIndicators() {
        assertThat(MODEL.groups()).extracting(ServiceIndexModel.Group::maxPoints)
                .map(BigDecimal::intValue).containsExactly(18, 20, 22, 22, 18);
        assertThat(MODEL.indicators()).extracting(ServiceIndexModel.Indicator::id).containsExactly("2.1", "3.3", "5.4");
    }

    @Test
    void rateBelowTheThresholdGivesProportionalPointsAndAtOrAboveFullPoints() {
        ServiceIndex.Result result = ServiceIndex.compute(MODEL, statistics(), ratings(4));
        // 2.1: (120 + 40) / 200 = 80 % of 20 points, threshold 100 → 16
        assertThat(result.indicators().get(0).rate()).contains(new BigDecimal("80.0"));
        assertThat(result.indicators().get(0).points()).isEqualByComparingTo("16");
        // 3.3: 40 % online, threshold 50 → 40 × 4 / 50 = 3.2
        assertThat(result.indicators().get(1).points()).isEqualByComparingTo("3.2");
        // 5.4: 100 − (40 late / 200 = 20 %) − (4 / 200 = 2 %) = 78 %, threshold 90 → 78 × 6 / 90 = 5.2
        assertThat(result.indicators().get(2).rate()).contains(new BigDecimal("78.0"));
        assertThat(result.indicators().get(2).points()).isEqualByComparingTo("5.20");
        assertThat(result.points()).isEqualByComparingTo("24.4");
        assertThat(result.computedMax()).isEqualByComparingTo("30");
        assertThat(result.groups()).filteredOn(g -> !g.computed()).extracting(g -> g.group().id())
                .containsExactly(1, 3);
    }

    @Test
    void anIndicatorWithoutDossiersIsNotApplicableAndScoresZero() {
        ServiceIndex.Result result = ServiceIndex.compute(MODEL, PeriodStatistics.zero("X", MAY, "r"),
                RatingStatistics.none("X", MAY));
        assertThat(result.indicators()).allSatisfy(i -> assertThat(i.rate()).isEmpty());
        assertThat(result.points()).isEqualByComparingTo("0");
        assertThat(result.percentOfComputed()).isEqualByComparingTo("0");
    }

    @Test
    void aModelWhoseIndicatorsExceedTheirGroupIsRejectedWithTheGroupNamed() {
        String yaml = """
                version: t
                groups:
                  - {id: 2, name: Tiến độ, maxPoints: 20}
                indicators:
                  - {id: "2.1", group: 2, name: a, measure: ON_TIME_PROCESSING, points: 21, threshold: 100}
                """;
        assertThatThrownBy(() -> ServiceIndexModel.parse(yaml, "test.yaml"))
                .hasMessageContaining("test.yaml").hasMessageContaining("group 2");
    }

    @Test
    void anUnknownMeasureIsRejectedWithTheKnownOnes() {
        String yaml = """
                version: t
                groups:
                  - {id: 4, name: b, maxPoints: 22}
                indicators:
                  - {id: "3.6", group: 4, name: a, measure: ONLINE_PAYMENT, points: 2, threshold: 80}
                """;
        assertThatThrownBy(() -> ServiceIndexModel.parse(yaml, "test.yaml"))
                .hasMessageContaining("ONLINE_PAYMENT").hasMessageContaining("ON_TIME_PROCESSING");
    }
}

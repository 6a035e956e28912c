package org.tthc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.tthc.domain.dossier.StatusCode;

class StatusBucketsTest {
    private final StatusBuckets buckets = StatusBuckets.of("R2025.1");

    @Test
    void ruleSetR2025_1MapsStatusCodesAsStatisticsRulesSection2() {
        assertThat(Arrays.stream(StatusCode.values()).map(buckets::bucketOf)).containsExactly(
                StatusBucket.NOT_RECEIVED, // 1 newly registered
                StatusBucket.PROCESSING,   // 2 accepted
                StatusBucket.NOT_RECEIVED, // 3 refused at intake
                StatusBucket.PROCESSING,   // 4 processing
                StatusBucket.PROCESSING,   // 5 supplement requested
                StatusBucket.PROCESSING,   // 6 financial obligation requested
                StatusBucket.SOLVED,       // 7 withdrawn
                StatusBucket.PROCESSING,   // 8 processing stopped
                StatusBucket.SOLVED,       // 9 processing finished
                StatusBucket.SOLVED);      // 10 result returned
    }

    @Test
    void onlyWithdrawalCountsOnTimeWhateverItsDates() {
        assertThat(Arrays.stream(StatusCode.values()).filter(buckets::countsOnTime))
                .containsExactly(StatusCode.WITHDRAWN);
    }

    @Test
    void unknownRuleSetIsRefusedByName() {
        assertThatThrownBy(() -> StatusBuckets.of("R1999.9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R1999.9");
    }
}

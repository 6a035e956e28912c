package org.tthc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tthc.domain.period.Period;

class CountedFieldTest {
    @Test
    void wireNamesColumnNamesAndEnumNamesParseInAnyCase() {
        assertThat(CountedField.parse("SolvedLate")).isEqualTo(CountedField.SOLVED_LATE);
        assertThat(CountedField.parse("solvedlate")).isEqualTo(CountedField.SOLVED_LATE);
        assertThat(CountedField.parse("solved_late")).isEqualTo(CountedField.SOLVED_LATE);
        assertThat(CountedField.parse("PreExtisting")).isEqualTo(CountedField.PRE_EXISTING);
        assertThat(CountedField.parse("pre_existing")).isEqualTo(CountedField.PRE_EXISTING);
        assertThat(CountedField.parse("PendingLate").column()).isEqualTo("pending_late");
    }

    @Test
    void anUnknownFieldNamesTheKnownOnes() {
        assertThatThrownBy(() -> CountedField.parse("Pending")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SolvedLate").hasMessageContaining("PreExtisting");
    }

    @Test
    void eachFieldReadsItsOwnCount() {
        PeriodStatistics s = new PeriodStatistics("X", Period.month(2025, 1), "R2025.1", 100, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(CountedField.values()).extracting(field -> field.of(s))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }
}

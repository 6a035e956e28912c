package org.tthc.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodClosingTest {
    private final PeriodClosing closing = PeriodClosing.standard();

    @Test
    void aMonthClosesOnTheFifthOfTheNextMonth() {
        Period october = Period.month(2025, 10);
        assertThat(closing.closesOn(october)).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(closing.isClosed(october, LocalDate.of(2025, 11, 4))).isFalse();
        assertThat(closing.isClosed(october, LocalDate.of(2025, 11, 5))).isTrue();
    }

    @Test
    void decemberAndTheYearCloseOnTheFifthOfJanuary() {
        assertThat(closing.closesOn(Period.month(2025, 12))).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(closing.closesOn(Period.year(2025))).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void theLatestClosedMonthChangesOnTheGraceDay() {
        assertThat(closing.latestClosedMonth(LocalDate.of(2025, 11, 4))).isEqualTo(Period.month(2025, 9));
        assertThat(closing.latestClosedMonth(LocalDate.of(2025, 11, 5))).isEqualTo(Period.month(2025, 10));
        assertThat(closing.latestClosedMonth(LocalDate.of(2026, 1, 5))).isEqualTo(Period.month(2025, 12));
    }

    @Test
    void theGraceDayIsConfigurable() {
        assertThat(new PeriodClosing(15).closesOn(Period.month(2025, 2))).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThatThrownBy(() -> new PeriodClosing(31)).isInstanceOf(IllegalArgumentException.class);
    }
}

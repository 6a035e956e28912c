package org.tthc.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.tthc.domain.TthcTime;

class PeriodTest {

    @Test
    void monthIsParsedToItsFirstAndLastDay() {
        assertThat(Period.parse("2025-02")).isEqualTo(
                new Period(PeriodKind.MONTH, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)));
        assertThat(Period.parse("2024-02").to()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void quarterIsParsedToThreeMonths() {
        assertThat(Period.parse("2025-Q3")).isEqualTo(
                new Period(PeriodKind.QUARTER, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));
        assertThat(Period.parse("2025-Q4").to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void yearIsParsedToTheCalendarYear() {
        assertThat(Period.parse("2025")).isEqualTo(
                new Period(PeriodKind.YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void customPeriodIsParsedWithBothEndsInclusive() {
        Period p = Period.parse("2025-09-15..2025-10-14");

        assertThat(p).isEqualTo(new Period(PeriodKind.CUSTOM, LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 14)));
        assertThat(p.contains(LocalDate.of(2025, 9, 15))).isTrue();
        assertThat(p.contains(LocalDate.of(2025, 10, 14))).isTrue();
        assertThat(p.contains(LocalDate.of(2025, 10, 15))).isFalse();
        assertThat(p.contains(LocalDate.of(2025, 9, 14))).isFalse();
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(Period.parse(" 2025-10 ")).isEqualTo(Period.month(2025, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-10", "2025-Q1", "2025", "2025-09-15..2025-10-14"})
    void textFormRoundTrips(String text) {
        assertThat(Period.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025/10", "2025-Q5", "10-2025", "2025-1", "2025-09-15..", "last month"})
    void unreadablePeriodIsRefusedWithTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid period '" + text + "'")
                .hasMessageContaining("YYYY-MM (month), YYYY-Qn (quarter), YYYY (year) or YYYY-MM-DD..YYYY-MM-DD");
    }

    @Test
    void missingPeriodIsRefused() {
        assertThatThrownBy(() -> Period.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid period 'null'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025-02-30..2025-03-01"})
    void impossibleDateIsRefusedNamingThePeriod(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid period '" + text + "'");
    }

    @Test
    void periodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> Period.parse("2025-10-14..2025-09-15"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends (2025-09-15) before it starts (2025-10-14)");
    }

    @Test
    void quarterOutsideOneToFourIsRefused() {
        assertThatThrownBy(() -> Period.quarter(2025, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quarter must be 1 to 4, was 5");
    }

    @Test
    void finishedPeriodIsEvaluatedAsOfItsLastDay() {
        Period october = Period.month(2025, 10);

        assertThat(october.asOfDate(LocalDate.of(2025, 12, 1))).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(october.asOfDate(LocalDate.of(2025, 10, 31))).isEqualTo(LocalDate.of(2025, 10, 31));
        assertThat(october.cutoff(LocalDate.of(2025, 12, 1))).isEqualTo(LocalDate.of(2025, 11, 1).atStartOfDay());
    }

    @Test
    void currentPeriodIsEvaluatedAsOfToday() {
        Period october = Period.month(2025, 10);

        assertThat(october.asOfDate(LocalDate.of(2025, 10, 15))).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(october.cutoff(LocalDate.of(2025, 10, 15))).isEqualTo(LocalDate.of(2025, 10, 16).atStartOfDay());
    }

    @Test
    void todayIsTheDateInHoChiMinhCityWhateverTheMachinesZone() {
        // 31/10/2025 18:30 UTC is 01/11 01:30 in Hồ Chí Minh City and still 31/10 in America/Bahia_Banderas.
        Clock clock = Clock.fixed(Instant.parse("2025-10-31T18:30:00Z"), ZoneId.of("America/Bahia_Banderas"));

        assertThat(TthcTime.today(clock)).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(Period.month(2025, 10).asOfDate(TthcTime.today(clock))).isEqualTo(LocalDate.of(2025, 10, 31));
    }
}

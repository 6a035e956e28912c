package org.tthc.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 4))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 5))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 6))).as("Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 3))).as("Friday").isTrue();
    }

    @Test
    void tet2025DaysAreHolidays() {
        assertThat(LocalDate.of(2025, 1, 27).datesUntil(LocalDate.of(2025, 2, 1)).map(calendar::isWorkingDay))
                .as("Tết Ất Tỵ, Mon 27/01 to Fri 31/01/2025").containsOnly(false).hasSize(5);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 24))).as("Friday before Tết").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).as("Monday after Tết").isTrue();
    }

    @Test
    void officialHolidaysOf2025AreNotWorkingDays() {
        assertThat(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)))
                .allSatisfy(day -> assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse());
    }

    @Test
    void addWorkingDaysSkipsWeekendAndTet() {
        // Fri 24/01/2025 + 1 → Mon 03/02 (weekend, Tết 27–31/01, weekend skipped); + 3 → Wed 05/02.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 3)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void addWorkingDaysSkipsNationalDayHolidays() {
        // Fri 29/08/2025 + 1 → Wed 03/09 (weekend, Quốc khánh 1–2/09 skipped).
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 8, 29), 1)).isEqualTo(LocalDate.of(2025, 9, 3));
    }

    @Test
    void addingZeroWorkingDaysGivesTheStartEvenOnAHoliday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 28), 0)).isEqualTo(LocalDate.of(2025, 1, 28));
    }

    @Test
    void addWorkingDaysToADateTimeKeepsTheHour() {
        assertThat(calendar.addWorkingDays(LocalDateTime.of(2025, 10, 3, 16, 30), 2))
                .isEqualTo(LocalDateTime.of(2025, 10, 7, 16, 30));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 10, 3), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void workingDaysBetweenCountsTheWorkingDaysAfterTheFirstUpToTheSecond() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 6)))
                .as("Fri → Mon").isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 6)))
                .as("same day").isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 3)))
                .as("across Tết").isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)))
                .as("October 2025 after the 1st").isEqualTo(22);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 3)))
                .as("backwards").isZero();
    }

    @Test
    void aCalendarWithoutHolidaysHasOnlyWeekends() {
        WorkingCalendar weekendsOnly = new WorkingCalendar(List.of());

        assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2025, 1, 28))).isTrue();
    }
}

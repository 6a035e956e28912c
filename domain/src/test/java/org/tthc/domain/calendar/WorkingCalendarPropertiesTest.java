package org.tthc.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** jqwik properties of the working calendar (a class of their own: Surefire keeps one report per class and engine). */
class WorkingCalendarPropertiesTest {
    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @Property
    void addingWorkingDaysLandsOnAWorkingDayThatManyWorkingDaysLater(@ForAll("days") LocalDate start,
                                                                    @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate end = calendar.addWorkingDays(start, n);

        assertThat(calendar.isWorkingDay(end)).as("%s + %d = %s", start, n, end).isTrue();
        assertThat(calendar.workingDaysBetween(start, end)).isEqualTo(n);
        assertThat(calendar.workingDaysBetween(start, end.minusDays(1))).isEqualTo(n - 1);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 6).map(LocalDate.of(2022, 6, 1)::plusDays);
    }
}

package org.tthc.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.SimpleTriggerContext;
import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.period.Period;
import org.tthc.domain.period.PeriodKind;

class WorkingDayTriggerTest {
    /** A working calendar with Tuesday 5 May 2026 as a holiday. */
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(List.of(LocalDate.of(2026, 5, 5)));

    @Test
    void theFifthOnAWorkingDayRunsThatDayAtSeven() {
        assertThat(next(LocalDateTime.of(2026, 2, 20, 12, 0))).isEqualTo(LocalDateTime.of(2026, 3, 5, 7, 0));
    }

    @Test
    void theFifthOnASundayRunsOnMonday() {
        // 5 April 2026 is a Sunday
        assertThat(next(LocalDateTime.of(2026, 3, 20, 12, 0))).isEqualTo(LocalDateTime.of(2026, 4, 6, 7, 0));
    }

    @Test
    void theFifthOnAHolidayRunsOnTheNextWorkingDay() {
        assertThat(next(LocalDateTime.of(2026, 4, 20, 12, 0))).isEqualTo(LocalDateTime.of(2026, 5, 6, 7, 0));
    }

    @Test
    void afterAMovedRunTheNextIsTheFollowingMonth() {
        assertThat(next(LocalDateTime.of(2026, 5, 6, 7, 5))).isEqualTo(LocalDateTime.of(2026, 6, 5, 7, 0));
    }

    @Test
    void aScheduledRunReportsTheLastCompletePeriod() {
        LocalDate fifthOfJanuary = LocalDate.of(2026, 1, 5);
        assertThat(ReportDelivery.previous(PeriodKind.MONTH, fifthOfJanuary)).isEqualTo(Period.month(2025, 12));
        assertThat(ReportDelivery.previous(PeriodKind.QUARTER, fifthOfJanuary)).isEqualTo(Period.quarter(2025, 4));
        assertThat(ReportDelivery.previous(PeriodKind.YEAR, fifthOfJanuary)).isEqualTo(Period.year(2025));
        assertThat(ReportDelivery.previous(PeriodKind.QUARTER, LocalDate.of(2026, 7, 6))).isEqualTo(Period.quarter(2026, 2));
    }

    private static LocalDateTime next(LocalDateTime completed) {
        Instant last = completed.atZone(TthcTime.ZONE).toInstant();
        SimpleTriggerContext context = new SimpleTriggerContext(last, last, last);
        Instant next = new WorkingDayTrigger("0 0 7 5 * *", TthcTime.ZONE, CALENDAR).nextExecution(context);
        return LocalDateTime.ofInstant(next, TthcTime.ZONE);
    }
}

package org.tthc.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.procedure.Procedure.ProcessingTimeUnit.WORKING_DAYS;
import static org.tthc.domain.procedure.Procedure.ProcessingTimeUnit.WORKING_HOURS;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class AppointmentDatesTest {
    private final AppointmentDates dates = new AppointmentDates(WorkingCalendar.vietnam(), WorkingHours.standard());

    @Test
    void oneWorkingDayFromAMorningReceiptIsDueAtTheSameTimeNextWorkingDay() {
        // Wednesday 2025-03-05 09:00
        assertThat(dates.appointment(at("2025-03-05T09:00"), 1, WORKING_DAYS)).isEqualTo(at("2025-03-06T09:00"));
    }

    @Test
    void fridayReceiptSkipsTheWeekend() {
        assertThat(dates.appointment(at("2025-03-07T10:00"), 2, WORKING_DAYS)).isEqualTo(at("2025-03-11T10:00"));
    }

    @Test
    void receiptAfterTheAfternoonCutOffCountsFromTheNextWorkingMorning() {
        assertThat(dates.countingStart(at("2025-03-05T15:00"))).isEqualTo(at("2025-03-06T07:30"));
        assertThat(dates.appointment(at("2025-03-05T16:10"), 1, WORKING_DAYS)).isEqualTo(at("2025-03-06T17:00"));
        assertThat(dates.appointment(at("2025-03-05T14:59"), 1, WORKING_DAYS)).isEqualTo(at("2025-03-06T14:59"));
    }

    @Test
    void lunarNewYearDaysAreSkipped() {
        // Friday 2025-01-24; Tết 2025 is Monday 27 to Friday 31 January: next working day is Monday 3 February.
        assertThat(dates.appointment(at("2025-01-24T09:00"), 1, WORKING_DAYS)).isEqualTo(at("2025-02-03T09:00"));
        assertThat(dates.countingStart(at("2025-01-28T09:00"))).isEqualTo(at("2025-02-03T07:30"));
    }

    @Test
    void workingHoursRunAcrossTheLunchBreakAndTheNight() {
        assertThat(dates.appointment(at("2025-03-05T11:00"), 1, WORKING_HOURS)).isEqualTo(at("2025-03-05T13:30"));
        assertThat(dates.appointment(at("2025-03-05T14:00"), 4, WORKING_HOURS)).isEqualTo(at("2025-03-06T08:30"));
    }

    @Test
    void receiptDuringTheLunchBreakOrBeforeOfficeHoursStartsAtTheNextSession() {
        assertThat(dates.countingStart(at("2025-03-05T12:15"))).isEqualTo(at("2025-03-05T13:00"));
        assertThat(dates.countingStart(at("2025-03-05T06:00"))).isEqualTo(at("2025-03-05T07:30"));
    }

    @Test
    void timeRunningOutAtTheEndOfASessionGivesThatEnd() {
        assertThat(dates.appointment(at("2025-03-05T07:30"), 4, WORKING_HOURS)).isEqualTo(at("2025-03-05T11:30"));
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}

package org.tthc.domain.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The office hours of a working day and the afternoon cut-off for intake.
 *
 * @param morningStart   first minute of the morning session
 * @param morningEnd     end of the morning session (lunch break starts)
 * @param afternoonStart first minute of the afternoon session
 * @param afternoonEnd   end of the working day
 * @param intakeCutOff   a dossier received at or after this time counts from the next working morning
 */
public record WorkingHours(
        LocalTime morningStart,
        LocalTime morningEnd,
        LocalTime afternoonStart,
        LocalTime afternoonEnd,
        LocalTime intakeCutOff) {

    /** Hours of a working day that a working-day procedure counts: 8 (4 + 4 with the defaults). */
    public static final int HOURS_PER_WORKING_DAY = 8;

    public WorkingHours {
        Objects.requireNonNull(morningStart, "morningStart");
        Objects.requireNonNull(morningEnd, "morningEnd");
        Objects.requireNonNull(afternoonStart, "afternoonStart");
        Objects.requireNonNull(afternoonEnd, "afternoonEnd");
        Objects.requireNonNull(intakeCutOff, "intakeCutOff");
        if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
                || !afternoonStart.isBefore(afternoonEnd)) {
            throw new IllegalArgumentException("working hours must be ordered: morning " + morningStart + "–"
                    + morningEnd + ", afternoon " + afternoonStart + "–" + afternoonEnd);
        }
        if (intakeCutOff.isBefore(afternoonStart) || intakeCutOff.isAfter(afternoonEnd)) {
            throw new IllegalArgumentException("intake cut-off " + intakeCutOff + " must fall in the afternoon session "
                    + afternoonStart + "–" + afternoonEnd);
        }
    }

    /** 07:30–11:30 and 13:00–17:00 (8 working hours); dossiers received from 15:00 count from the next morning. */
    public static WorkingHours standard() {
        return new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(17, 0),
                LocalTime.of(15, 0));
    }

    public Duration morning() {
        return Duration.between(morningStart, morningEnd);
    }

    public Duration afternoon() {
        return Duration.between(afternoonStart, afternoonEnd);
    }
}

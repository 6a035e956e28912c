package org.tthc.ingestion.sample;

import java.time.LocalDate;

import org.tthc.domain.calendar.WorkingCalendar;

/**
 * Office time as one number line, so that dossier timelines are simple arithmetic: the working days of a date range
 * (from {@link WorkingCalendar}) are numbered 0, 1, 2, … (their ordinals), and office hours 07:30–17:00 of ordinal
 * {@code n} are the "work seconds" {@code [n × 34200, (n + 1) × 34200)}. Any increasing work-second values convert to
 * increasing local times on working days within office hours.
 *
 * <p>Local times are seconds since 1970-01-01T00:00 of the local calendar ({@code epochDay × 86400 + secondOfDay}):
 * zone-free, like every timestamp on the wire.
 */
final class WorkingTime {
    static final int SECONDS_PER_DAY = 86_400;
    static final int OPENING = 7 * 3600 + 30 * 60;
    static final int CLOSING = 17 * 3600;
    static final int WORKDAY = CLOSING - OPENING;

    private final long firstDay;
    private final int[] ordinalOnOrAfter;
    private final boolean[] working;
    private final long[] dayOfOrdinal;

    WorkingTime(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        firstDay = from.toEpochDay();
        int days = (int) (to.toEpochDay() - firstDay + 1);
        ordinalOnOrAfter = new int[days];
        working = new boolean[days];
        long[] ordinals = new long[days];
        int next = 0;
        for (int i = 0; i < days; i++) {
            working[i] = calendar.isWorkingDay(from.plusDays(i));
            ordinalOnOrAfter[i] = next;
            if (working[i]) {
                ordinals[next++] = firstDay + i;
            }
        }
        dayOfOrdinal = java.util.Arrays.copyOf(ordinals, next);
    }

    /** The ordinal of the day if it is a working day, else of the next working day. */
    int ordinalOnOrAfter(long epochDay) {
        return ordinalOnOrAfter[index(epochDay)];
    }

    boolean isWorkingDay(long epochDay) {
        return working[index(epochDay)];
    }

    long epochDayOf(int ordinal) {
        if (ordinal >= dayOfOrdinal.length) {
            throw new IllegalStateException("working day " + ordinal + " is past the generator's calendar range ("
                    + dayOfOrdinal.length + " working days from " + LocalDate.ofEpochDay(firstDay) + ")");
        }
        return dayOfOrdinal[ordinal];
    }

    /** Local time of a work second. */
    long toLocal(long workSecond) {
        return epochDayOf((int) (workSecond / WORKDAY)) * SECONDS_PER_DAY + OPENING + workSecond % WORKDAY;
    }

    /** Work second of a local time on a working day, within office hours. */
    long toWork(long local) {
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        return (long) ordinalOnOrAfter(day) * WORKDAY + (local - day * SECONDS_PER_DAY - OPENING);
    }

    /** Local time of {@code secondOfDay} on the working day {@code ordinal}. */
    long localAt(int ordinal, int secondOfDay) {
        return epochDayOf(ordinal) * SECONDS_PER_DAY + secondOfDay;
    }

    static int ordinalOfWork(long workSecond) {
        return (int) (workSecond / WORKDAY);
    }

    /** The last work second of working day {@code ordinal} (16:59:59). */
    static long lastSecondOf(int ordinal) {
        return (ordinal + 1L) * WORKDAY - 1;
    }

    private int index(long epochDay) {
        long i = epochDay - firstDay;
        if (i < 0 || i >= working.length) {
            throw new IllegalStateException(LocalDate.ofEpochDay(epochDay) + " is outside the generator's calendar range");
        }
        return (int) i;
    }
}

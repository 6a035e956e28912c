package org.tthc.ingestion.sample;

import java.time.LocalDate;

/**
 * Formats local times (see {@link WorkingTime}) as DVCQG {@code yyyyMMddHHmmss} into a byte buffer (ASCII), with the
 * {@code yyyyMMdd} of every day of the range precomputed: the hot loop allocates nothing.
 */
final class WireTimeFormat {
    static final int LENGTH = 14;

    /** HHmmss of every second of a day, six bytes each. */
    private static final byte[] TIMES_OF_DAY = new byte[WorkingTime.SECONDS_PER_DAY * 6];

    static {
        for (int second = 0; second < WorkingTime.SECONDS_PER_DAY; second++) {
            SampleMath.digits(TIMES_OF_DAY, second * 6, second / 3600 * 10_000 + second / 60 % 60 * 100 + second % 60, 6);
        }
    }

    private final long firstDay;
    private final byte[][] dates;

    WireTimeFormat(LocalDate from, LocalDate to) {
        firstDay = from.toEpochDay();
        dates = new byte[(int) (to.toEpochDay() - firstDay + 1)][];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = yyyyMMdd(from.plusDays(i));
        }
    }

    /** Writes the 14 bytes of {@code local} at {@code out[at]}. */
    void format(long local, byte[] out, int at) {
        long day = Math.floorDiv(local, WorkingTime.SECONDS_PER_DAY);
        int second = (int) (local - day * WorkingTime.SECONDS_PER_DAY);
        System.arraycopy(date(day), 0, out, at, 8);
        System.arraycopy(TIMES_OF_DAY, second * 6, out, at + 8, 6);
    }

    /** Writes the six bytes {@code yyMMdd} of a day (the date part of dossier codes). */
    void yyMMdd(long epochDay, byte[] out, int at) {
        System.arraycopy(date(epochDay), 2, out, at, 6);
    }

    private byte[] date(long epochDay) {
        long i = epochDay - firstDay;
        return i >= 0 && i < dates.length ? dates[(int) i] : yyyyMMdd(LocalDate.ofEpochDay(epochDay));
    }

    private static byte[] yyyyMMdd(LocalDate day) {
        byte[] chars = new byte[8];
        SampleMath.digits(chars, 0, day.getYear(), 4);
        SampleMath.digits(chars, 4, day.getMonthValue(), 2);
        SampleMath.digits(chars, 6, day.getDayOfMonth(), 2);
        return chars;
    }
}

package org.tthc.domain.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * State agencies' working days: Monday to Friday, less official holidays (given as data per year, lunar new-year
 * days included).
 */
public final class WorkingCalendar {
    private static final String VIETNAM_HOLIDAYS = "/org/tthc/domain/calendar/holidays-vn.csv";

    private final Set<LocalDate> holidays;

    public WorkingCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(new TreeSet<>(holidays));
    }

    /** The calendar of Vietnam's official holidays shipped with the platform. */
    public static WorkingCalendar vietnam() {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(VIETNAM_HOLIDAYS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + VIETNAM_HOLIDAYS);
            }
            Set<LocalDate> days = new TreeSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    days.add(LocalDate.parse(trimmed.substring(0, trimmed.indexOf(','))));
                }
            }
            return new WorkingCalendar(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day {@code n} working days after {@code start} (n ≥ 0; n = 0 gives start itself). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Keeps the time of day: the due date-time moved by {@code n} working days. */
    public LocalDateTime addWorkingDays(LocalDateTime start, int n) {
        return addWorkingDays(start.toLocalDate(), n).atTime(start.toLocalTime());
    }

    /** Working days in {@code (from, to]}: the days a dossier spent waiting from one date to a later one. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}

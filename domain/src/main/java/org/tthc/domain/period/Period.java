package org.tthc.domain.period;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statistics period {@code [from, to]}: both inclusive local dates in Asia/Ho_Chi_Minh.
 * Text forms: {@code 2025-10} (month), {@code 2025-Q3} (quarter), {@code 2025} (year),
 * {@code 2025-09-15..2025-10-14} (custom).
 */
public record Period(PeriodKind kind, LocalDate from, LocalDate to) {
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern CUSTOM = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$");

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(PeriodKind.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
        }
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(PeriodKind.CUSTOM, from, to);
    }

    /** Parses the text forms above; the message of the exception names the accepted forms. */
    public static Period parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = CUSTOM.matcher(t)).matches()) {
                return custom(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("invalid period '" + text + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("invalid period '" + text
                + "': expected YYYY-MM (month), YYYY-Qn (quarter), YYYY (year) or YYYY-MM-DD..YYYY-MM-DD");
    }

    /**
     * The day the period is evaluated as of: its last day, or today for the current, unfinished period.
     */
    public LocalDate asOfDate(LocalDate today) {
        return today.isBefore(to) ? today : to;
    }

    /** The exclusive end of the evaluation: everything strictly before this instant is known as of the period. */
    public LocalDateTime cutoff(LocalDate today) {
        return asOfDate(today).plusDays(1).atStartOfDay();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case YEAR -> String.valueOf(from.getYear());
            case MONTH -> YearMonth.from(from).toString();
            case QUARTER -> from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
            case CUSTOM -> from + ".." + to;
        };
    }
}

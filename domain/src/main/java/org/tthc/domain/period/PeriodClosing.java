package org.tthc.domain.period;

import java.time.LocalDate;

/**
 * When a period's national statistics packet may go out: a month or a year closes on day {@code graceDay} of the
 * following month (default the 5th), so that dossiers finished on its last days and recorded late are counted.
 * Before that day the period's numbers may still change; from it on, what is sent is a frozen snapshot.
 *
 * @param graceDay 1 to 28
 */
public record PeriodClosing(int graceDay) {
    public static final int DEFAULT_GRACE_DAY = 5;

    public PeriodClosing {
        if (graceDay < 1 || graceDay > 28) {
            throw new IllegalArgumentException("the grace day must be 1 to 28, was " + graceDay);
        }
    }

    public static PeriodClosing standard() {
        return new PeriodClosing(DEFAULT_GRACE_DAY);
    }

    /** The day {@code period} closes: the grace day of the month after its last day. */
    public LocalDate closesOn(Period period) {
        return period.to().plusMonths(1).withDayOfMonth(graceDay);
    }

    public boolean isClosed(Period period, LocalDate today) {
        return !today.isBefore(closesOn(period));
    }

    /** The latest calendar month closed on {@code today}: October 2025 from 5 November 2025 on. */
    public Period latestClosedMonth(LocalDate today) {
        LocalDate previous = today.minusMonths(today.getDayOfMonth() >= graceDay ? 1 : 2);
        return Period.month(previous.getYear(), previous.getMonthValue());
    }
}

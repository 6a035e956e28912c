package org.tthc.domain.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.tthc.domain.period.Period;

/**
 * The periods whose statistics a load can change: every month some changed dossier can be in play in, under its
 * version before the load or after it ({@link DossierSpan#months}), and the years containing those months. Every other
 * month and year gives the same numbers before and after the load, as long as nothing else they depend on changed
 * (the organisations, and the day they are evaluated on: see {@code GoldStatistics.refresh}).
 */
public final class AffectedPeriods {
    /** Months first, then years, each by start. */
    public static final Comparator<Period> ORDER = Comparator.comparing(Period::kind).thenComparing(Period::from);

    private AffectedPeriods() {
    }

    /** The months and years met by {@code spans} (old and new versions alike), evaluated on {@code today}. */
    public static List<Period> of(Collection<DossierSpan> spans, LocalDate today) {
        TreeSet<YearMonth> months = new TreeSet<>();
        spans.forEach(span -> months.addAll(span.months(today)));
        TreeSet<Period> periods = new TreeSet<>(ORDER);
        for (YearMonth month : months) {
            periods.add(Period.month(month.getYear(), month.getMonthValue()));
            periods.add(Period.year(month.getYear()));
        }
        return List.copyOf(periods);
    }
}

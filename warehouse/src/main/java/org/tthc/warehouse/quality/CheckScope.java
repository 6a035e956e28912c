package org.tthc.warehouse.quality;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.tthc.domain.period.Period;

/**
 * What a run of the checks looks at: the dossiers of one period, or the whole warehouse. The whole warehouse is
 * the period 1970-01-01 … 2099-12-31, so that the same SQL serves ClickHouse: 18.16 reads a DateTime literal from
 * 2106 on as 0 (its date tables end in 2105) and holds nothing before 1970.
 *
 * @param label {@value #WHOLE_WAREHOUSE}, or the period as {@link Period#toString()} ({@code 2025-10}, {@code 2025-Q4})
 */
public record CheckScope(String label, LocalDate from, LocalDate to) {
    public static final String WHOLE_WAREHOUSE = "all";

    public static CheckScope wholeWarehouse() {
        return new CheckScope(WHOLE_WAREHOUSE, LocalDate.of(1970, 1, 1), LocalDate.of(2099, 12, 31));
    }

    public static CheckScope of(Period period) {
        return new CheckScope(period.toString(), period.from(), period.to());
    }

    public boolean isWholeWarehouse() {
        return label.equals(WHOLE_WAREHOUSE);
    }

    /** The first instant of the scope. */
    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** The first instant after the scope. */
    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    /** For messages: "the whole warehouse" or "period 2025-10". */
    public String describe() {
        return isWholeWarehouse() ? "the whole warehouse" : "period " + label;
    }
}

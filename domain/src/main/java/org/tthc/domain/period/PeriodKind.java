package org.tthc.domain.period;

public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR,
    /** Any inclusive date range, e.g. the 15th-of-previous-month to 14th cut-off of periodic government reports. */
    CUSTOM
}

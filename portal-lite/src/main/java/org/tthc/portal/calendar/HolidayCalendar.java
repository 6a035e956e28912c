package org.tthc.portal.calendar;

import static org.tthc.portal.db.Tables.HOLIDAYS;

import org.jooq.DSLContext;
import org.tthc.domain.calendar.WorkingCalendar;

/** The working calendar as the office keeps it: the days off of the {@code holidays} table. */
public final class HolidayCalendar {
    private HolidayCalendar() {
    }

    public static WorkingCalendar load(DSLContext dsl) {
        return new WorkingCalendar(dsl.select(HOLIDAYS.HOLIDAY_DATE).from(HOLIDAYS).fetch(HOLIDAYS.HOLIDAY_DATE));
    }
}

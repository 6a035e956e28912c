package org.tthc.warehouse.quality;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * {@code silver/calendar_day}: the domain's working calendar as a table, so that SQL on either engine can tell a
 * working day from a weekend or a holiday (the common SQL has no portable day-of-week function, and holidays are
 * data). Every day of 2015–2035 (7,670 rows, written in one small job); years without holiday data in the
 * calendar have weekends only.
 */
public final class CalendarDays {
    static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    static final LocalDate LAST = LocalDate.of(2035, 12, 31);

    private CalendarDays() {
    }

    /** Writes the table from {@code calendar} when it does not already hold exactly its days. */
    public static void writeIfChanged(DeltaWarehouse warehouse, WorkingCalendar calendar) {
        List<Row> rows = rows(calendar);
        if (!new HashSet<>(warehouse.table(WarehouseTable.CALENDAR_DAY).collectAsList()).equals(new HashSet<>(rows))) {
            DeltaRows.write(warehouse, WarehouseTable.CALENDAR_DAY, rows, SaveMode.Overwrite);
        }
    }

    static List<Row> rows(WorkingCalendar calendar) {
        List<Row> rows = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            rows.add(RowFactory.create(day, kind(calendar, day)));
        }
        return rows;
    }

    /** WORKING, WEEKEND or HOLIDAY; a holiday on a Saturday or Sunday is a WEEKEND. */
    static String kind(WorkingCalendar calendar, LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return "WEEKEND";
        }
        return calendar.isWorkingDay(day) ? "WORKING" : "HOLIDAY";
    }
}

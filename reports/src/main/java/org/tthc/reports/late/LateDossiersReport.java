package org.tthc.reports.late;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.reports.ReportContext;
import org.tthc.reports.ReportKind;
import org.tthc.reports.data.LateDossier;
import org.tthc.reports.render.ReportRenderer;

/**
 * The late dossiers of one reporting organisation and period: those solved late first, then those pending overdue,
 * each with the working days it is late by (after the due date until its end, or until the period's as-of day) and
 * whether the agency issued its apology and new appointment (Mẫu 04) by the end of the period.
 */
public final class LateDossiersReport {
    private LateDossiersReport() {
    }

    public static JasperPrint fill(ReportContext context, ReportRenderer renderer, WorkingCalendar calendar) {
        List<LateDossier> dossiers = context.lateDossiers();
        List<Map<String, ?>> rows = new ArrayList<>();
        long solvedLate = 0;
        long pendingLate = 0;
        for (LateDossier d : dossiers) {
            boolean solved = d.kind() == LateDossier.Kind.SOLVED_LATE;
            solvedLate += solved ? 1 : 0;
            pendingLate += solved ? 0 : 1;
            Map<String, Object> row = new HashMap<>();
            row.put("number", rows.size() + 1);
            row.put("dossierCode", d.dossierCode());
            row.put("procedure", d.procedureName());
            row.put("organisation", context.catalogue().contains(d.handlingOrgCode())
                    ? context.catalogue().nameOn(d.handlingOrgCode(), context.asOf()) : d.handlingOrgCode());
            row.put("received", day(d.received()));
            row.put("due", day(d.due()));
            row.put("end", solved ? day(d.end()) : "");
            row.put("daysLate", daysLate(d, context.asOf(), calendar));
            row.put("apology", d.apologyIssued() ? "Có" : "Không");
            row.put("state", solved ? "Đã giải quyết quá hạn" : "Đang giải quyết quá hạn");
            rows.add(row);
        }
        Map<String, Object> parameters = context.headerParameters();
        parameters.put("SolvedLate", solvedLate);
        parameters.put("PendingLate", pendingLate);
        parameters.put("Note", "Số ngày trễ tính theo ngày làm việc, từ sau ngày hẹn trả đến ngày kết thúc (hồ sơ đã "
                + "giải quyết) hoặc đến ngày " + ReportContext.DAY.format(context.asOf()) + " (hồ sơ đang giải quyết). "
                + "Nguồn: " + context.data().source() + ".");
        return renderer.fill(ReportKind.LATE_DOSSIERS.fileName(), parameters, rows);
    }

    /** Working days after the due date until the end (solved) or the as-of day (pending); 0 without a due date. */
    static int daysLate(LateDossier d, LocalDate asOf, WorkingCalendar calendar) {
        if (d.due() == null) {
            return 0;
        }
        LocalDate until = d.end() != null ? d.end() : asOf;
        return until.isAfter(d.due()) ? calendar.workingDaysBetween(d.due(), until) : 0;
    }

    private static String day(LocalDate date) {
        return date == null ? "" : ReportContext.DAY.format(date);
    }
}

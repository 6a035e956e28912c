package org.tthc.reports.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.period.Period;
import org.tthc.domain.statistics.Percentages;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.domain.statistics.RuleSet;
import org.tthc.reports.ReportContext;
import org.tthc.reports.ReportKind;
import org.tthc.reports.form06.Form06Row;
import org.tthc.reports.form06.Form06Table;
import org.tthc.reports.render.ReportRenderer;

/**
 * The one-page overview of a reporting organisation: the period's key figures, the on-time rate (SolvedInTimePercent)
 * of each of the twelve months ending with the period, the ten organisations with the most late dossiers (solved
 * late plus pending overdue, each organisation's own as in form 06) and the share of dossiers received online.
 */
public final class OverviewReport {
    static final int MONTHS = 12;

    private OverviewReport() {
    }

    /** The twelve months ending with the month of the period's last day. */
    public static List<Period> months(Period period) {
        YearMonth last = YearMonth.from(period.to());
        List<Period> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth month = last.minusMonths(i);
            months.add(Period.month(month.getYear(), month.getMonthValue()));
        }
        return months;
    }

    /**
     * The month's statistics of the reporting organisation and of the organisations it succeeded (a province merged
     * in 2025 shows the months before the merger as the sum of its predecessors), each as that month reported them.
     */
    public static PeriodStatistics ofSuccessors(ReportContext context, Period month,
                                                Map<String, PeriodStatistics> byOrg) {
        PeriodStatistics sum = PeriodStatistics.zero(context.orgCode(), month, RuleSet.inForceOn(month.to()).id());
        for (String code : countedCodes(context, month, byOrg.keySet())) {
            sum = sum.plus(byOrg.get(code));
        }
        return sum;
    }

    /**
     * Of the organisations with numbers in {@code month} ({@code codes}), those whose numbers make up the reporting
     * organisation's: itself and the organisations it succeeded, leaving out any under another counted one (already
     * in its numbers).
     */
    public static List<String> countedCodes(ReportContext context, Period month, Collection<String> codes) {
        OrganisationCatalogue catalogue = context.catalogue();
        LocalDate monthDay = month.asOfDate(context.today());
        List<String> counted = codes.stream()
                .filter(code -> code.equals(context.orgCode())
                        || catalogue.contains(code) && catalogue.successorOn(code, context.asOf()).equals(context.orgCode()))
                .toList();
        return counted.stream()
                .filter(code -> catalogue.rollUp(code, monthDay).stream()
                        .noneMatch(a -> !a.equals(code) && counted.contains(a)))
                .sorted()
                .toList();
    }

    public static JasperPrint fill(ReportContext context, ReportRenderer renderer) {
        Map<Period, Map<String, PeriodStatistics>> byMonth = context.history();
        List<Map<String, ?>> rows = new ArrayList<>();
        List<OverviewCharts.MonthValue> onTime = new ArrayList<>();
        for (Period month : months(context.period())) {
            PeriodStatistics s = ofSuccessors(context, month, byMonth.getOrDefault(month, Map.of()));
            String label = String.format("%02d/%d", month.from().getMonthValue(), month.from().getYear());
            Map<String, Object> row = new HashMap<>();
            row.put("month", label);
            row.put("received", s.newReception());
            row.put("online", s.newReceptionOnline());
            row.put("solved", s.totalSolved());
            row.put("solvedInTime", s.solvedInTime());
            row.put("onTimePercent", Percentages.percent(s.solvedInTime(), s.totalSolved()));
            row.put("onlinePercent", Percentages.percent(s.newReceptionOnline(), s.newReception()));
            rows.add(row);
            onTime.add(new OverviewCharts.MonthValue(label,
                    Percentages.percent(s.solvedInTime(), s.totalSolved()).doubleValue()));
        }
        List<OverviewCharts.OrganisationValue> mostLate = Form06Table.rows(context.orgCode(), context.statistics(),
                        context.catalogue(), context.asOf()).stream()
                .filter(r -> r.kind() == Form06Row.Kind.ORGANISATION && r.line().late() > 0)
                .sorted(Comparator.comparingLong((Form06Row r) -> r.line().late()).reversed()
                        .thenComparing(Form06Row::code))
                .limit(10)
                .map(r -> new OverviewCharts.OrganisationValue(r.label(), r.line().late()))
                .toList();
        PeriodStatistics own = context.own();
        Map<String, Object> parameters = context.headerParameters();
        parameters.put("Total", own.total());
        parameters.put("NewReception", own.newReception());
        parameters.put("TotalSolved", own.totalSolved());
        parameters.put("SolvedInTime", own.solvedInTime());
        parameters.put("SolvedLate", own.solvedLate());
        parameters.put("TotalPending", own.totalPending());
        parameters.put("PendingLate", own.pendingLate());
        parameters.put("SolvedInTimePercent", Percentages.percent(own.solvedInTime(), own.totalSolved()));
        parameters.put("OnlinePercent", Percentages.percent(own.newReceptionOnline(), own.newReception()));
        parameters.put("OnTimeChart", OverviewCharts.onTimeRate(onTime, 535, 190));
        parameters.put("LateChart", OverviewCharts.mostLate(mostLate, 330, 220));
        parameters.put("OnlineChart", OverviewCharts.onlineShare(own.newReceptionOnline(),
                own.newReceptionDirectOrPostal(), 200, 220));
        return renderer.fill(ReportKind.OVERVIEW.fileName(), parameters, rows);
    }
}

package org.tthc.reports.serviceindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.IndicatorScore;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.reports.ReportContext;
import org.tthc.reports.ReportKind;
import org.tthc.reports.overview.OverviewCharts;
import org.tthc.reports.overview.OverviewReport;
import org.tthc.reports.render.ReportRenderer;
import org.tthc.warehouse.serviceindex.ServiceIndex;
import org.tthc.warehouse.serviceindex.ServiceIndexModel;

/**
 * The Decision 766 service index of one reporting organisation and period, as the warehouse computes it
 * ({@link ServiceIndex}): points per group of the Decision and per indicator we compute, and the points of each of
 * the twelve months ending with the period (a merged province's months before the merger: its predecessors').
 */
public final class ServiceIndexReport {
    private ServiceIndexReport() {
    }

    /** The index of the reporting organisation in {@code period} (one of the context's periods). */
    public static ServiceIndex.Result of(ReportContext context, Period period, ServiceIndexModel model) {
        PeriodStatistics statistics = OverviewReport.ofSuccessors(context, period,
                context.history().getOrDefault(period, Map.of()));
        Map<String, RatingStatistics> byOrg = context.ratingHistory().getOrDefault(period, Map.of());
        long verySatisfied = 0;
        long satisfied = 0;
        long notSatisfied = 0;
        for (String code : OverviewReport.countedCodes(context, period, byOrg.keySet())) {
            RatingStatistics r = byOrg.get(code);
            verySatisfied += r.verySatisfied();
            satisfied += r.satisfied();
            notSatisfied += r.notSatisfied();
        }
        RatingStatistics ratings = RatingStatistics.of(context.orgCode(), period, verySatisfied, satisfied,
                notSatisfied, RatingRecord.INDICATORS.stream().map(i -> IndicatorScore.of(i, 0, 0)).toList());
        return ServiceIndex.compute(model, statistics, ratings);
    }

    public static JasperPrint fill(ReportContext context, ReportRenderer renderer, ServiceIndexModel model) {
        ServiceIndex.Result result = of(context, context.period(), model);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ServiceIndex.GroupResult group : result.groups()) {
            rows.add(row("GROUP", "Nhóm " + group.group().id(), group.group().name()
                            + (group.computed() ? "" : " (chưa tính: thiếu dữ liệu)"), null, null, group.points(),
                    group.computedMax(), group.group().maxPoints()));
            for (ServiceIndex.IndicatorResult indicator : result.indicators()) {
                if (indicator.indicator().group() == group.group().id()) {
                    rows.add(row("INDICATOR", indicator.indicator().id(), indicator.indicator().name(),
                            indicator.rate().orElse(null), indicator.indicator().threshold(), indicator.points(),
                            indicator.indicator().points(), null));
                }
            }
        }
        List<OverviewCharts.MonthValue> trend = new ArrayList<>();
        for (Period month : OverviewReport.months(context.period())) {
            String label = String.format("%02d/%d", month.from().getMonthValue(), month.from().getYear());
            trend.add(new OverviewCharts.MonthValue(label, of(context, month, model).points().doubleValue()));
        }
        Map<String, Object> parameters = context.headerParameters();
        parameters.put("Points", result.points());
        parameters.put("ComputedMax", result.computedMax());
        parameters.put("PercentOfComputed", result.percentOfComputed());
        parameters.put("TrendChart", OverviewCharts.monthlyBars("Điểm các nhóm được tính theo tháng", "Điểm", trend,
                result.computedMax().doubleValue(), 535, 220));
        parameters.put("Note", "Điểm chỉ tiêu = điểm tối đa khi tỷ lệ đạt ngưỡng, nếu không = tỷ lệ × điểm tối đa ÷ "
                + "ngưỡng (làm tròn hai chữ số thập phân); chỉ tiêu không có hồ sơ được 0 điểm. Chỉ tính các chỉ tiêu "
                + "có đủ dữ liệu trong kho; trọng số theo bộ tham số " + result.modelVersion() + " (docs/decisions.md). "
                + "Nguồn: " + context.data().source() + ".");
        return renderer.fill(ReportKind.SERVICE_INDEX.fileName(), parameters, rows);
    }

    private static Map<String, Object> row(String kind, String code, String name, BigDecimal rate, BigDecimal threshold,
                                           BigDecimal points, BigDecimal computedMax, BigDecimal decisionMax) {
        Map<String, Object> row = new HashMap<>();
        row.put("kind", kind);
        row.put("code", code);
        row.put("name", name);
        row.put("rate", rate);
        row.put("threshold", threshold);
        row.put("points", points);
        row.put("computedMax", computedMax);
        row.put("decisionMax", decisionMax);
        return row;
    }
}

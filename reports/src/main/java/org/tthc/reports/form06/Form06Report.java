package org.tthc.reports.form06;

import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import org.tthc.reports.ReportContext;
import org.tthc.reports.ReportKind;
import org.tthc.reports.render.ReportRenderer;

/** Form 06 of one reporting organisation and period, filled from {@link Form06Table}. */
public final class Form06Report {
    private Form06Report() {
    }

    public static JasperPrint fill(ReportContext context, ReportRenderer renderer) {
        List<Form06Row> rows = Form06Table.rows(context.orgCode(), context.statistics(), context.sectorStatistics(),
                context.catalogue(), context.asOf());
        Map<String, Object> parameters = context.headerParameters();
        parameters.put("Note", "Ghi chú: số liệu theo cơ cấu tổ chức ngày " + ReportContext.DAY.format(context.asOf())
                + ", bộ quy tắc " + context.own().ruleSet() + "; nguồn: " + context.data().source()
                + ". Hàng của mỗi cơ quan là hồ sơ do chính cơ quan đó giải quyết; các hàng dưới nó chia số đó theo"
                + " lĩnh vực của hồ sơ.");
        parameters.put("Place", "……, ngày …… tháng …… năm ……");
        return renderer.fill(ReportKind.FORM06.fileName(), parameters,
                rows.stream().<Map<String, ?>>map(Form06Row::fields).toList());
    }
}

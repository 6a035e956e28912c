package org.tthc.reports.satisfaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import org.tthc.domain.rating.RatingGrade;
import org.tthc.domain.rating.RatingGrades;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.domain.rating.RatingStatistics;
import org.tthc.reports.ReportContext;
import org.tthc.reports.ReportKind;
import org.tthc.reports.render.ReportRenderer;

/**
 * The satisfaction report of one reporting organisation and period: the warehouse's satisfaction index (the numbers
 * of the {@code MVotes} packet) of the organisation — the total row — and of each organisation directly under it
 * (each with everything under it): ratings per overall answer and their shares, the Circular 01/2018 indicator
 * averages, the evaluation score and its grade.
 */
public final class SatisfactionReport {
    private SatisfactionReport() {
    }

    /** The grade's name on the form. */
    public static String gradeName(RatingGrade grade) {
        return switch (grade) {
            case EXCELLENT -> "Xuất sắc";
            case GOOD -> "Tốt";
            case FAIR -> "Khá";
            case AVERAGE -> "Trung bình";
            case WEAK -> "Yếu";
        };
    }

    public static JasperPrint fill(ReportContext context, ReportRenderer renderer, RatingGrades grades) {
        RatingStatistics own = context.ownRatings();
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(row("", "Tổng cộng", "TOTAL", own, grades));
        int number = 1;
        for (String code : children(context)) {
            String name = context.catalogue().contains(code) ? context.catalogue().nameOn(code, context.asOf()) : code;
            rows.add(row(String.valueOf(number++), name, "ORGANISATION", context.ratings().get(code), grades));
        }
        Map<String, Object> parameters = context.headerParameters();
        parameters.put("Ratings", own.ratings());
        parameters.put("VerySatisfiedShare", own.shares().verySatisfied());
        parameters.put("SatisfiedShare", own.shares().satisfied());
        parameters.put("NotSatisfiedShare", own.shares().notSatisfied());
        parameters.put("Score", own.total());
        parameters.put("Grade", own.grade(grades).map(SatisfactionReport::gradeName).orElse("chưa xếp loại"));
        parameters.put("Note", "Tỷ lệ (%) làm tròn một chữ số thập phân, phần dư làm tròn cộng vào nhóm lớn nhất (tổng "
                + "bằng 100). Điểm chỉ số = tổng điểm các hồ sơ được đánh giá ÷ số hồ sơ được đánh giá (Điều 15 Thông "
                + "tư 01/2018/TT-VPCP), chỉ gồm các chỉ số người dân đánh giá (1, 3, 4, 7). Xếp loại: xuất sắc từ "
                + grades.excellent() + ", tốt từ " + grades.good() + ", khá từ " + grades.fair() + ", trung bình từ "
                + grades.average() + " điểm. Số liệu của mỗi đơn vị gồm cả các đơn vị trực thuộc. Nguồn: "
                + context.data().source() + ".");
        return renderer.fill(ReportKind.SATISFACTION.fileName(), parameters, rows);
    }

    /** The organisations directly under the reporting one that have ratings in the period, by name. */
    static List<String> children(ReportContext context) {
        return context.ratings().keySet().stream()
                .filter(code -> {
                    List<String> chain = context.catalogue().rollUp(code, context.asOf());
                    return chain.size() >= 2 && chain.get(1).equals(context.orgCode());
                })
                .sorted()
                .toList();
    }

    private static Map<String, Object> row(String number, String label, String kind, RatingStatistics s,
                                           RatingGrades grades) {
        Map<String, Object> row = new HashMap<>();
        row.put("number", number);
        row.put("label", label);
        row.put("kind", kind);
        row.put("ratings", s.ratings());
        row.put("verySatisfied", s.verySatisfied());
        row.put("verySatisfiedShare", s.shares().verySatisfied());
        row.put("satisfied", s.satisfied());
        row.put("satisfiedShare", s.shares().satisfied());
        row.put("notSatisfied", s.notSatisfied());
        row.put("notSatisfiedShare", s.shares().notSatisfied());
        for (int i : RatingRecord.INDICATORS) {
            BigDecimal average = s.indicator(i).average();
            row.put("indicator" + i, average);
        }
        row.put("score", s.total());
        row.put("grade", s.grade(grades).map(SatisfactionReport::gradeName).orElse(""));
        return row;
    }
}

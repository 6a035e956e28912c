package org.tthc.reports.receipt;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperPrint;
import org.tthc.reports.render.ReportRenderer;
import org.tthc.reports.render.ReportTemplates;

/**
 * The receipt of a dossier (Mẫu 01), rendered as PDF from {@code receipt.jrxml} with the reports' embedded fonts, so
 * that every Vietnamese letter prints whatever fonts the machine has.
 */
public final class ReceiptReport {
    static final String TEMPLATE = "receipt";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

    private final ReportRenderer renderer;

    public ReceiptReport(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    /** With the JVM's shared, compiled-once templates. */
    public static ReceiptReport shared() {
        return new ReceiptReport(new ReportRenderer(ReportTemplates.shared()));
    }

    public byte[] pdf(Receipt receipt) {
        return renderer.pdf(fill(receipt));
    }

    JasperPrint fill(Receipt receipt) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("DossierCode", receipt.dossierCode());
        parameters.put("Organisation", text(receipt.organisationName()));
        parameters.put("Applicant", text(receipt.applicantName()));
        parameters.put("Phone", text(receipt.applicantPhone()));
        parameters.put("Procedure", text(receipt.procedureName()));
        parameters.put("ProcessingTime", text(receipt.processingTime()));
        parameters.put("Channel", text(receipt.channel()));
        parameters.put("ReceivedAt", time(receipt.receivedAt()));
        parameters.put("DueAt", receipt.dueAt() == null ? "" : time(receipt.dueAt()));
        parameters.put("ReceivedBy", text(receipt.receivedBy()));
        parameters.put("IssuedOn", DAY.format(receipt.receivedAt()));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Receipt.ReceivedDocument document : receipt.documents()) {
            Map<String, Object> row = new HashMap<>();
            row.put("number", rows.size() + 1);
            row.put("name", document.name());
            row.put("copies", document.copies());
            rows.add(row);
        }
        return renderer.fill(TEMPLATE, parameters, rows);
    }

    private static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

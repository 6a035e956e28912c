package org.tthc.reports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.JRCsvExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleCsvExporterConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleWriterExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;

/** Fills a cached template with rows and exports the result as PDF, XLSX or CSV. */
public final class ReportRenderer {
    /** Vietnamese number and date formats: {@code 1.234}, {@code 31/10/2025}. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ReportTemplates templates;

    public ReportRenderer(ReportTemplates templates) {
        this.templates = templates;
    }

    /**
     * Fills template {@code name} with {@code parameters} and one row per map of {@code rows} (field name to value).
     * The parameter map is copied: JasperReports writes into the map it is given.
     */
    public JasperPrint fill(String name, Map<String, ?> parameters, Collection<Map<String, ?>> rows) {
        Map<String, Object> filled = new HashMap<>(parameters);
        filled.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
        try {
            return JasperFillManager.fillReport(templates.get(name), filled, new JRMapCollectionDataSource(rows));
        } catch (JRException e) {
            throw new IllegalStateException("report " + name + " could not be filled: " + e.getMessage(), e);
        }
    }

    /** {@code print} as the bytes of a PDF (a document served over HTTP rather than written to a folder). */
    public byte[] pdf(JasperPrint print) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("report " + print.getName() + " could not be exported as PDF: "
                    + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Writes {@code print} to {@code file} in {@code format}. */
    public void export(JasperPrint print, ReportFormat format, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            switch (format) {
                case PDF -> {
                    JRPdfExporter exporter = new JRPdfExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    exporter.exportReport();
                }
                case XLSX -> {
                    JRXlsxExporter exporter = new JRXlsxExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
                    // numeric text fields become numeric cells (their value class), not text
                    configuration.setDetectCellType(true);
                    configuration.setRemoveEmptySpaceBetweenRows(true);
                    configuration.setWhitePageBackground(false);
                    exporter.setConfiguration(configuration);
                    exporter.exportReport();
                }
                case CSV -> {
                    JRCsvExporter exporter = new JRCsvExporter();
                    exporter.setExporterInput(new SimpleExporterInput(print));
                    exporter.setExporterOutput(new SimpleWriterExporterOutput(out, StandardCharsets.UTF_8.name()));
                    exporter.setConfiguration(new SimpleCsvExporterConfiguration());
                    exporter.exportReport();
                }
                default -> throw new IllegalArgumentException("unsupported format " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("report could not be exported as " + format + " to " + file + ": "
                    + e.getMessage(), e);
        }
    }
}

package org.tthc.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The JRXML templates under {@code org/tthc/reports/templates}, each compiled the first time it is asked for and
 * kept for the life of the JVM (compiling one takes about a second; filling it, milliseconds).
 */
public final class ReportTemplates {
    private static final String FOLDER = "/org/tthc/reports/templates/";
    private static final ReportTemplates SHARED = new ReportTemplates();

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** The templates of this JVM. */
    public static ReportTemplates shared() {
        return SHARED;
    }

    /** The compiled template {@code name} ({@code name.jrxml}). */
    public JasperReport get(String name) {
        return compiled.computeIfAbsent(name, ReportTemplates::compile);
    }

    /** How many templates have been compiled so far (each once). */
    public int compiledCount() {
        return compiled.size();
    }

    private static JasperReport compile(String name) {
        String resource = FOLDER + name + ".jrxml";
        try (InputStream in = ReportTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no report template " + resource + " on the class path");
            }
            return JasperCompileManager.compileReport(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("report template " + resource + " does not compile: " + e.getMessage(), e);
        }
    }
}

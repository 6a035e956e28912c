package org.tthc.reports;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The reports of the monthly pack, with the name used in their file names. */
public enum ReportKind {
    /** Biểu số 06/VPCP/KSTT. */
    FORM06("form06"),
    /** Every dossier solved late or pending overdue. */
    LATE_DOSSIERS("late-dossiers"),
    /** One page of key figures and charts. */
    OVERVIEW("overview"),
    /** Ratings and shares per organisation, Circular 01/2018 indicator averages, the evaluation grade. */
    SATISFACTION("satisfaction"),
    /** The Decision 766 groups we compute, with points and a twelve-month trend. */
    SERVICE_INDEX("service-index");

    private final String fileName;

    ReportKind(String fileName) {
        this.fileName = fileName;
    }

    /** The name in file names and the template's name, e.g. {@code late-dossiers}. */
    public String fileName() {
        return fileName;
    }

    public static ReportKind parse(String text) {
        return Arrays.stream(values()).filter(k -> k.fileName.equalsIgnoreCase(text.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report '" + text + "'; expected "
                        + Arrays.stream(values()).map(ReportKind::fileName).collect(Collectors.joining(", "))));
    }
}

package org.tthc.reports.render;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The formats a report is exported to; the file extension is the lower-case name. */
public enum ReportFormat {
    PDF,
    XLSX,
    CSV;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a comma-separated list such as {@code pdf,xlsx}; order kept, duplicates dropped. */
    public static List<ReportFormat> parseList(String text) {
        Set<ReportFormat> formats = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown report format '" + part.trim() + "'; expected "
                        + Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", ")), e);
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format given; expected pdf, xlsx and/or csv");
        }
        return List.copyOf(formats);
    }
}

package org.tthc.warehouse.quality;

import java.util.Locale;

/** How bad a check's finding is. Only {@link #ERROR} findings stop a period's national packet and report pack. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The name used in {@code checks.yaml}, the results table and the command line: {@code error}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

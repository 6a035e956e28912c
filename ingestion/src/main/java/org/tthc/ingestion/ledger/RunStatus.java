package org.tthc.ingestion.ledger;

import java.util.Locale;

/** Where an ingest run stands. A run still {@code RUNNING} when the next one starts was killed: it becomes failed. */
public enum RunStatus {
    RUNNING,
    SUCCEEDED,
    FAILED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}

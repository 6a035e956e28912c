package org.tthc.domain.procedure;

import java.util.Objects;

/**
 * An administrative procedure (TTHC) of the catalogue.
 *
 * @param code                 national procedure code as published on DVCQG, e.g. {@code 1.011442.000.00.00.H38}
 * @param processingTime       legal processing time, in {@code processingTimeUnit}
 * @param onlineServiceLevel   level of online public service (2, 3 or 4; "toàn trình"/"một phần" after 2021)
 */
public record Procedure(
        String code,
        String name,
        String sectorCode,
        String sectorName,
        int onlineServiceLevel,
        int processingTime,
        ProcessingTimeUnit processingTimeUnit,
        long feeVnd) {

    public Procedure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    public enum ProcessingTimeUnit {
        WORKING_DAYS,
        WORKING_HOURS
    }
}

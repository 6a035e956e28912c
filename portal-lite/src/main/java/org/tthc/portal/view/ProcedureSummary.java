package org.tthc.portal.view;

import java.util.List;

/** A procedure of the catalogue as the public pages list it, with the documents it requires. */
public record ProcedureSummary(String code, String name, String sectorName, Integer onlineServiceLevel,
                               int processingTime, String processingTimeUnit, long feeVnd,
                               List<ComponentSummary> components) {

    /** A document component (thành phần hồ sơ) of the procedure. */
    public record ComponentSummary(String code, String name, boolean required) {
    }
}

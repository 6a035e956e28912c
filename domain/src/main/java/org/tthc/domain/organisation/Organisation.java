package org.tthc.domain.organisation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An organisation of the hierarchy, effective-dated (one SCD2 version).
 *
 * @param code       the agency electronic identifier (mã định danh điện tử), stored as an opaque string
 * @param level      1 province or ministry, 2 department or district, 3 commune
 * @param parentCode null for a level-1 organisation
 * @param validFrom  first day the version holds; null: since always
 * @param validTo    last day the version holds; null: still valid
 */
public record Organisation(
        String code,
        String name,
        int level,
        OrganisationKind kind,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo) {

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}

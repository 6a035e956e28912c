package org.tthc.domain.organisation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An organisation of the hierarchy, effective-dated: one SCD2 version of a code. A code may have several versions
 * (a new name, a new parent); they never overlap in effect (see {@link OrganisationCatalogue}).
 *
 * @param code       the organisation code, stored as an opaque string and read by its {@code codeScheme}
 * @param level      1 province or ministry, 2 department or district, 3 commune
 * @param parentCode null for a level-1 organisation
 * @param validFrom  first day the version holds; null: since always
 * @param validTo    last day the version holds; null: still valid
 * @param codeScheme the code system of {@code code}
 */
public record Organisation(
        String code,
        String name,
        int level,
        OrganisationKind kind,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        OrganisationCodeScheme codeScheme) {

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(codeScheme, "codeScheme");
    }

    /** A version whose code is an agency electronic identifier, the scheme of DVCQG's catalogue. */
    public Organisation(String code, String name, int level, OrganisationKind kind, String parentCode,
                        LocalDate validFrom, LocalDate validTo) {
        this(code, name, level, kind, parentCode, validFrom, validTo, OrganisationCodeScheme.AGENCY_ID);
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}

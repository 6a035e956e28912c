package org.tthc.api.security;

import java.time.LocalDate;
import java.util.Optional;

import org.tthc.domain.organisation.OrganisationCatalogue;

/**
 * The organisations a user may see: everything, or the subtree of one organisation. An organisation is in the
 * subtree when the scope's organisation is in its roll-up chain (statistics-rules §6) on the day looked at or in the
 * latest structure, so a department's predecessors stay visible to an analyst of the department.
 *
 * @param orgCode the root of the subtree; empty: no restriction
 */
public record DataScope(Optional<String> orgCode) {
    public static final DataScope ALL = new DataScope(Optional.empty());

    public static DataScope of(String orgCode) {
        return new DataScope(Optional.ofNullable(orgCode));
    }

    public boolean permits(OrganisationCatalogue catalogue, String code, LocalDate day) {
        return orgCode.isEmpty() || catalogue.rollUp(code, day).contains(orgCode.get())
                || catalogue.selfAndAncestors(code).contains(orgCode.get());
    }

    /** @throws OutOfScopeException when {@code code} is outside the scope */
    public void check(OrganisationCatalogue catalogue, String code, LocalDate day) {
        if (!permits(catalogue, code, day)) {
            throw new OutOfScopeException(code, orgCode.orElseThrow());
        }
    }
}

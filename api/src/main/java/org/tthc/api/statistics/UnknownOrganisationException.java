package org.tthc.api.statistics;

import java.time.LocalDate;

import org.tthc.domain.organisation.OrganisationView;

/**
 * An organisation code that is neither in the catalogue nor the handling organisation of any dossier, or one that
 * is not part of the organisation structure a statistic is shown in (its work is carried by a successor then).
 */
public final class UnknownOrganisationException extends RuntimeException {
    private final String orgCode;

    public UnknownOrganisationException(String orgCode) {
        this(orgCode, "unknown organisation '" + orgCode + "': it is not in the catalogue and handles no dossier");
    }

    private UnknownOrganisationException(String orgCode, String message) {
        super(message);
        this.orgCode = orgCode;
    }

    /** {@code orgCode} no longer exists on {@code day}: its dossiers count under {@code successor}. */
    public static UnknownOrganisationException succeeded(String orgCode, String successor, LocalDate day,
                                                         OrganisationView view) {
        return new UnknownOrganisationException(orgCode, "organisation '" + orgCode + "' is not part of the structure"
                + " of " + day + " (view " + view.externalName() + "): its dossiers count under '" + successor
                + "'; ask for that organisation, or for a period it existed in as reported");
    }

    public String orgCode() {
        return orgCode;
    }
}

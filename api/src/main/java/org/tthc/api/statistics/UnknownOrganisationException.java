package org.tthc.api.statistics;

/** An organisation code that is neither in the catalogue nor the handling organisation of any dossier. */
public final class UnknownOrganisationException extends RuntimeException {
    private final String orgCode;

    public UnknownOrganisationException(String orgCode) {
        super("unknown organisation '" + orgCode + "': it is not in the catalogue and handles no dossier");
        this.orgCode = orgCode;
    }

    public String orgCode() {
        return orgCode;
    }
}

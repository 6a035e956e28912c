package org.tthc.api.web.security;

import java.util.Objects;

/**
 * A portal user.
 *
 * @param orgCode  the officer's organisation (null for citizens and the admin)
 * @param idNumber the citizen's identity number (CCCD): their dossiers are those with this applicant id number
 */
public record PortalAccount(String username, String displayName, Role role, String orgCode, String idNumber) {
    public PortalAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.OFFICER && orgCode == null) {
            throw new IllegalArgumentException("officer " + username + " needs an organisation");
        }
        if (role == Role.CITIZEN && idNumber == null) {
            throw new IllegalArgumentException("citizen " + username + " needs an identity number");
        }
    }

    /** An officer of {@code dossierOrgCode}'s organisation, or the admin. */
    public boolean handles(String dossierOrgCode) {
        return role == Role.ADMIN || role == Role.OFFICER && orgCode.equals(dossierOrgCode);
    }

    /** The applicant of a dossier whose applicant id number is {@code applicantIdNumber}. */
    public boolean owns(String applicantIdNumber) {
        return role == Role.CITIZEN && idNumber.equals(applicantIdNumber);
    }
}

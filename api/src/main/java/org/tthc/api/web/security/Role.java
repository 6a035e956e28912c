package org.tthc.api.web.security;

/** The portal's roles: an applicant sees their own dossiers, an officer their organisation's, an admin all. */
public enum Role {
    CITIZEN,
    OFFICER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}

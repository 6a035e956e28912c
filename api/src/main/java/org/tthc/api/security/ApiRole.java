package org.tthc.api.security;

import java.util.Locale;

/**
 * The roles of the REST API (docs/security.md), apart from portal-lite's page roles: an analyst reads statistics and
 * queries, the office files reports and packets, an operator runs ingestion and the national outbox, an admin may do
 * all of it and reads the audit log and manages users.
 */
public enum ApiRole {
    ANALYST,
    OFFICE,
    OPERATOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** A role by its name in any case ({@code analyst}, {@code ANALYST}). */
    public static ApiRole parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown API role '" + name + "': one of analyst, office, operator, admin");
        }
    }
}

package org.tthc.domain.organisation;

/** What an organisation is in the provincial hierarchy; drives the report-form grouping. */
public enum OrganisationKind {
    PROVINCE,
    MINISTRY,
    DEPARTMENT,
    DISTRICT,
    COMMUNE,
    OTHER
}

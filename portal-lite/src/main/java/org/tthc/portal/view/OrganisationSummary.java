package org.tthc.portal.view;

/** An organisation in effect today: where a dossier can be handed in. */
public record OrganisationSummary(String code, String name, int level) {
}

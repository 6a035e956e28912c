package org.tthc.warehouse.statistics;

import java.time.LocalDate;

/**
 * One dossier behind a count: its identity, the organisation handling it and its dates as the period saw them
 * ({@code due} after the supplement rounds known by then; {@code end} null while it is pending).
 */
public record ExplainedDossier(String sourceSystem, String dossierCode, String handlingOrgCode, LocalDate received,
                               LocalDate due, LocalDate end) {
}

package org.tthc.ingestion.sample;

import org.tthc.domain.procedure.Procedure;

/**
 * A procedure of the sample catalogue with what the generator needs to route and weigh its dossiers.
 *
 * @param departmentCode the provincial department of the procedure's sector; handles it when the scope is DEPARTMENT
 * @param ministryCode   two digits that prefix ministry-portal dossier numbers, or empty
 * @param share          the expected fraction of all dossiers that are of this procedure
 */
record SampleProcedure(Procedure procedure, Scope scope, String departmentCode, String ministryCode, double share) {
    boolean isSameDay() {
        return procedure.processingTime() == 0;
    }
}

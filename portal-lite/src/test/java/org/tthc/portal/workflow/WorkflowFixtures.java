package org.tthc.portal.workflow;

import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCEDURE_STEPS;

import org.jooq.DSLContext;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;
import org.tthc.portal.database.PortalFixtures;

/** The processing steps of the test catalogue's three-day procedure: examine (1 day), approve (1 day), sign (4 h). */
final class WorkflowFixtures {
    static final String EXAMINING = "Phòng Hộ tịch";
    static final String APPROVING = "Lãnh đạo Sở";
    static final String SIGNING = "Văn phòng Sở";

    private WorkflowFixtures() {
    }

    static void insertSteps(DSLContext dsl) {
        long procedure = dsl.select(PROCEDURES.ID).from(PROCEDURES)
                .where(PROCEDURES.CODE.eq(PortalFixtures.THREE_DAY_PROCEDURE)).fetchSingle(PROCEDURES.ID);
        step(dsl, procedure, 1, "Thẩm định hồ sơ", EXAMINING, 1, ProcessingTimeUnit.WORKING_DAYS);
        step(dsl, procedure, 2, "Phê duyệt", APPROVING, 1, ProcessingTimeUnit.WORKING_DAYS);
        step(dsl, procedure, 3, "Ký số, đóng dấu", SIGNING, 4, ProcessingTimeUnit.WORKING_HOURS);
    }

    private static void step(DSLContext dsl, long procedure, int order, String name, String department, int duration,
                             ProcessingTimeUnit unit) {
        dsl.insertInto(PROCEDURE_STEPS)
                .set(PROCEDURE_STEPS.PROCEDURE_ID, procedure)
                .set(PROCEDURE_STEPS.STEP_ORDER, (short) order)
                .set(PROCEDURE_STEPS.NAME, name)
                .set(PROCEDURE_STEPS.DEPARTMENT, department)
                .set(PROCEDURE_STEPS.DURATION, duration)
                .set(PROCEDURE_STEPS.DURATION_UNIT, unit.name())
                .execute();
    }
}

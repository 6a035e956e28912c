package org.tthc.portal.workflow;

import static org.tthc.portal.db.Tables.PROCEDURE_STEPS;

import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.tthc.domain.calendar.AppointmentDates;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;

/** One step of a procedure's processing (procedure_steps): its order from 1, name, department and working time. */
public record ProcedureStep(int order, String name, String department, int duration, ProcessingTimeUnit unit) {

    /** The steps of a procedure in order; empty when none are defined. */
    static List<ProcedureStep> of(DSLContext tx, long procedureId) {
        return tx.selectFrom(PROCEDURE_STEPS)
                .where(PROCEDURE_STEPS.PROCEDURE_ID.eq(procedureId))
                .orderBy(PROCEDURE_STEPS.STEP_ORDER)
                .fetch(row -> new ProcedureStep(row.getStepOrder(), row.getName(), row.getDepartment(),
                        row.getDuration(), ProcessingTimeUnit.valueOf(row.getDurationUnit())));
    }

    /**
     * The deadline of this step when it starts at {@code start}: its working time counted like an appointment
     * (a hand-over after the afternoon cut-off counts from the next working morning).
     */
    LocalDateTime deadline(AppointmentDates dates, LocalDateTime start) {
        return dates.appointment(start, duration, unit);
    }
}

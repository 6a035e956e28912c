package org.tthc.portal.workflow;

import static org.tthc.portal.db.Tables.DOSSIERS;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.db.tables.records.DossiersRecord;

/**
 * One action in progress, inside its transaction: the locked dossier row as it was, the changes the action makes to
 * it, and the note of its processing event. {@link DossierTransitions} writes both.
 */
final class Transition {
    final DSLContext tx;
    final DossiersRecord dossier;
    final LocalDateTime now;
    final Actor actor;
    final WorkflowAction action;
    private final Map<Field<?>, Object> changes = new LinkedHashMap<>();
    private String detail;
    private List<ProcedureStep> steps;
    private DossierState stateAfter;

    Transition(DSLContext tx, DossiersRecord dossier, LocalDateTime now, Actor actor, WorkflowAction action) {
        this.tx = tx;
        this.dossier = dossier;
        this.now = now;
        this.actor = actor;
        this.action = action;
    }

    String code() {
        return dossier.getCode();
    }

    StatusCode status() {
        return StatusCode.of(dossier.getStatus());
    }

    <T> void set(Field<T> field, T value) {
        changes.put(field, value);
    }

    /** The value after the changes made so far. */
    @SuppressWarnings("unchecked")
    <T> T value(Field<T> field) {
        return changes.containsKey(field) ? (T) changes.get(field) : dossier.get(field);
    }

    Map<Field<?>, Object> changes() {
        return changes;
    }

    /** The dossier's procedure steps, in order (loaded once). */
    List<ProcedureStep> steps() {
        if (steps == null) {
            steps = ProcedureStep.of(tx, dossier.getProcedureId());
        }
        return steps;
    }

    /** The step the dossier is at after the changes, if any. */
    Optional<ProcedureStep> currentStep() {
        Short order = value(DOSSIERS.CURRENT_STEP_ORDER);
        return order == null
                ? Optional.empty()
                : steps().stream().filter(step -> step.order() == order).findFirst();
    }

    /** The event's step: the procedure step the dossier is at, else the action's name. */
    String stepName() {
        return currentStep().map(ProcedureStep::name).orElse(action.vietnameseName());
    }

    void stateAfter(DossierState state) {
        this.stateAfter = state;
    }

    DossierState stateAfter() {
        return stateAfter;
    }

    /** What the event's note adds after the action's name: a reason, an amount, the child dossier… */
    void detail(String text) {
        this.detail = text;
    }

    String note() {
        return detail == null || detail.isBlank()
                ? action.vietnameseName()
                : action.vietnameseName() + ": " + detail;
    }

    /** A refusal that is not in the transition table but in the dossier's state (a step, a date…). */
    WorkflowException refuse(String reason) {
        return new WorkflowException(code(), status(), action, reason);
    }

    /** Input the action cannot take. */
    WorkflowInputException invalid(String field, Object value, String reason) {
        return new WorkflowInputException(code(), field, value, reason);
    }

    String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(field, value == null ? "" : value, "required for " + action);
        }
        return value.strip();
    }
}

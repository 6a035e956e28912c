package org.tthc.portal.workflow;

import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.tthc.domain.TthcTime;
import org.tthc.portal.database.ChangeTracking;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.db.tables.records.DossiersRecord;

/**
 * Runs one workflow action in one transaction: locks the dossier row, checks the transition table and the actor,
 * lets the action compute its changes, then updates the dossier (status, {@code updated_at}, {@code change_seq}) and
 * writes the processing event (actor, time, step, step deadline, status after, note).
 */
final class DossierTransitions {
    private final PortalDatabase database;
    private final Clock clock;

    DossierTransitions(PortalDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private LocalDateTime now() {
        return TthcTime.toSecond(LocalDateTime.now(clock.withZone(TthcTime.ZONE)));
    }

    /** Takes the action; {@code effect} computes the changes and returns what the caller gets back. */
    <R> R run(String dossierCode, Actor actor, WorkflowAction action, Function<Transition, R> effect) {
        Objects.requireNonNull(actor, "actor");
        LocalDateTime now = now();
        return database.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            DossiersRecord dossier = WorkflowTransactions.lockForAction(tx, dossierCode, actor, action);
            Transition transition = new Transition(tx, dossier, now, actor, action);
            R result = effect.apply(transition);
            action.target().ifPresent(target -> transition.set(DOSSIERS.STATUS, (short) target.code()));
            write(transition);
            return result;
        });
    }

    /** Runs the action and returns the dossier as it stands afterwards. */
    DossierState change(String dossierCode, Actor actor, WorkflowAction action, Consumer<Transition> effect) {
        return run(dossierCode, actor, action, transition -> {
            effect.accept(transition);
            return transition;
        }).stateAfter();
    }

    private static void write(Transition transition) {
        DSLContext tx = transition.tx;
        long id = transition.dossier.getId();
        if (!transition.changes().isEmpty()) {
            tx.update(DOSSIERS)
                    .set(DOSSIERS.UPDATED_AT, transition.now)
                    .set(DOSSIERS.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                    .set(transition.changes())
                    .where(DOSSIERS.ID.eq(id))
                    .execute();
        }
        Short stepOrder = transition.value(DOSSIERS.CURRENT_STEP_ORDER);
        tx.insertInto(PROCESSING_EVENTS)
                .set(PROCESSING_EVENTS.DOSSIER_ID, id)
                .set(PROCESSING_EVENTS.ACTION, transition.action.name())
                .set(PROCESSING_EVENTS.STEP, transition.stepName())
                .set(PROCESSING_EVENTS.STEP_ORDER, stepOrder)
                .set(PROCESSING_EVENTS.ACTOR, transition.actor.recordedAs())
                .set(PROCESSING_EVENTS.DEPARTMENT, transition.value(DOSSIERS.ASSIGNED_DEPARTMENT))
                .set(PROCESSING_EVENTS.STATUS, transition.value(DOSSIERS.STATUS))
                .set(PROCESSING_EVENTS.OCCURRED_AT, transition.now)
                .set(PROCESSING_EVENTS.STEP_DEADLINE, transition.value(DOSSIERS.STEP_DEADLINE))
                .set(PROCESSING_EVENTS.NOTE, transition.note())
                .set(PROCESSING_EVENTS.UPDATED_AT, transition.now)
                .execute();
        transition.stateAfter(DossierState.of(tx.selectFrom(DOSSIERS).where(DOSSIERS.ID.eq(id)).fetchSingle()));
    }
}

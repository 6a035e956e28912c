package org.tthc.portal.workflow;

import static org.tthc.portal.db.Tables.APOLOGY_REAPPOINTMENTS;
import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.FINANCIAL_OBLIGATIONS;
import static org.tthc.portal.db.Tables.SUPPLEMENT_ROUNDS;

import java.time.LocalDateTime;

import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.statistics.SupplementDueDates;
import org.tthc.portal.database.ChangeTracking;
import org.tthc.portal.db.tables.records.SupplementRoundsRecord;

/**
 * The records of the actions that wait on the applicant or move the appointment: supplement rounds (which pause the
 * clock), financial obligations (which do not) and apology re-appointments (which promise a new date without moving
 * the due date).
 */
final class Waits {

    void openSupplementRound(Transition t, String reason) {
        t.tx.insertInto(SUPPLEMENT_ROUNDS)
                .set(SUPPLEMENT_ROUNDS.DOSSIER_ID, t.dossier.getId())
                .set(SUPPLEMENT_ROUNDS.REQUESTED_AT, t.now)
                .set(SUPPLEMENT_ROUNDS.REASON, reason)
                .set(SUPPLEMENT_ROUNDS.UPDATED_AT, t.now)
                .execute();
        t.detail(reason);
    }

    /** Closes the open round: due date and step deadline move by the working days waited (statistics rules §4). */
    void closeSupplementRound(Transition t, WorkingCalendar calendar) {
        SupplementRoundsRecord round = t.tx.selectFrom(SUPPLEMENT_ROUNDS)
                .where(SUPPLEMENT_ROUNDS.DOSSIER_ID.eq(t.dossier.getId()))
                .and(SUPPLEMENT_ROUNDS.COMPLETED_AT.isNull())
                .orderBy(SUPPLEMENT_ROUNDS.REQUESTED_AT.desc(), SUPPLEMENT_ROUNDS.ID.desc())
                .limit(1)
                .fetchOptional()
                .orElseThrow(() -> t.refuse("it has no open supplement round"));
        SupplementDueDates dueDates = new SupplementDueDates(calendar);
        LocalDateTime requestedAt = round.getRequestedAt();
        LocalDateTime due = t.dossier.getDueAt();
        LocalDateTime newDue = due == null ? null : dueDates.shiftedByWaiting(due, requestedAt, t.now);
        LocalDateTime stepDeadline = t.dossier.getStepDeadline();
        t.tx.update(SUPPLEMENT_ROUNDS)
                .set(SUPPLEMENT_ROUNDS.COMPLETED_AT, t.now)
                .set(SUPPLEMENT_ROUNDS.NEW_DUE_AT, newDue)
                .set(SUPPLEMENT_ROUNDS.UPDATED_AT, t.now)
                .set(SUPPLEMENT_ROUNDS.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                .where(SUPPLEMENT_ROUNDS.ID.eq(round.getId()))
                .execute();
        t.set(DOSSIERS.DUE_AT, newDue);
        if (stepDeadline != null) {
            t.set(DOSSIERS.STEP_DEADLINE, dueDates.shiftedByWaiting(stepDeadline, requestedAt, t.now));
        }
        t.detail(newDue == null ? null : "hẹn trả mới " + newDue);
    }

    void openFinancialObligation(Transition t, long amountVnd, String description) {
        t.tx.insertInto(FINANCIAL_OBLIGATIONS)
                .set(FINANCIAL_OBLIGATIONS.DOSSIER_ID, t.dossier.getId())
                .set(FINANCIAL_OBLIGATIONS.REQUESTED_AT, t.now)
                .set(FINANCIAL_OBLIGATIONS.AMOUNT_VND, amountVnd)
                .set(FINANCIAL_OBLIGATIONS.DESCRIPTION, description)
                .set(FINANCIAL_OBLIGATIONS.UPDATED_AT, t.now)
                .execute();
        t.detail(description + " (" + amountVnd + " VND)");
    }

    void closeFinancialObligation(Transition t) {
        int paid = t.tx.update(FINANCIAL_OBLIGATIONS)
                .set(FINANCIAL_OBLIGATIONS.PAID_AT, t.now)
                .set(FINANCIAL_OBLIGATIONS.UPDATED_AT, t.now)
                .set(FINANCIAL_OBLIGATIONS.CHANGE_SEQ, ChangeTracking.nextChangeSeq())
                .where(FINANCIAL_OBLIGATIONS.DOSSIER_ID.eq(t.dossier.getId()))
                .and(FINANCIAL_OBLIGATIONS.PAID_AT.isNull())
                .execute();
        if (paid == 0) {
            throw t.refuse("it has no unpaid financial obligation");
        }
    }

    /** Records the apology and the promised date; {@code due_at} stays, the dossier is late against it. */
    void reappoint(Transition t, LocalDateTime promisedAt, String reason) {
        LocalDateTime promised = TthcTime.toSecond(promisedAt);
        LocalDateTime due = t.dossier.getDueAt();
        if (due == null) {
            throw t.refuse("it has no appointment date to be late against");
        }
        if (promised == null || !promised.isAfter(due) || !promised.isAfter(t.now)) {
            throw t.invalid("promisedAt", promised, "the new date must be after the appointment " + due
                    + " and after now (" + t.now + ")");
        }
        LocalDateTime previous = t.dossier.getPromisedAt();
        if (previous != null && !promised.isAfter(previous)) {
            throw t.invalid("promisedAt", promised, "the new date must be after the date promised before, " + previous);
        }
        t.tx.insertInto(APOLOGY_REAPPOINTMENTS)
                .set(APOLOGY_REAPPOINTMENTS.DOSSIER_ID, t.dossier.getId())
                .set(APOLOGY_REAPPOINTMENTS.ISSUED_AT, t.now)
                .set(APOLOGY_REAPPOINTMENTS.DUE_AT, due)
                .set(APOLOGY_REAPPOINTMENTS.PROMISED_AT, promised)
                .set(APOLOGY_REAPPOINTMENTS.REASON, reason)
                .set(APOLOGY_REAPPOINTMENTS.UPDATED_AT, t.now)
                .execute();
        t.set(DOSSIERS.PROMISED_AT, promised);
        t.detail("hẹn lại " + promised + "; " + reason);
    }
}

package org.tthc.portal.workflow;

import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.PROCEDURES;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.tthc.domain.calendar.AppointmentDates;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.portal.calendar.HolidayCalendar;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.db.tables.records.DossiersRecord;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.intake.RegisteredDossier;

/**
 * The processing workflow of a dossier after intake, over the national status codes ({@link WorkflowAction} is the
 * transition table). Every action runs in one transaction: it checks the transition (else {@link WorkflowException}),
 * updates the dossier and writes its processing event with the actor and the time of the injected clock.
 */
public final class DossierWorkflow {
    private final DossierTransitions transitions;
    private final WorkingHours workingHours;
    private final IntakeService intake;
    private final Waits waits;

    public DossierWorkflow(PortalDatabase database, Clock clock, WorkingHours workingHours) {
        this.transitions = new DossierTransitions(database, clock);
        this.workingHours = Objects.requireNonNull(workingHours, "workingHours");
        this.intake = new IntakeService(database, clock, workingHours);
        this.waits = new Waits();
    }

    /** Refuses the dossier at intake (status 3, Mẫu 03); the reason is required. */
    public DossierState refuseAtIntake(String dossierCode, Actor actor, String reason) {
        return transitions.change(dossierCode, actor, WorkflowAction.REFUSE_AT_INTAKE,
                t -> t.detail(t.required("reason", reason)));
    }

    /**
     * Assigns the dossier: from status 2 it starts the procedure's first step (status 4); in processing it hands the
     * current step to another officer or department, keeping the step's deadline.
     */
    public DossierState assign(String dossierCode, Actor actor, Assignee assignee) {
        return transitions.change(dossierCode, actor, WorkflowAction.ASSIGN, t -> {
            if (t.value(DOSSIERS.CURRENT_STEP_ORDER) == null) {
                List<ProcedureStep> steps = t.steps();
                if (steps.isEmpty()) {
                    throw t.refuse("its procedure has no processing steps; define them in procedure_steps first");
                }
                enterStep(t, steps.get(0), assignee);
            } else {
                ProcedureStep step = t.currentStep().orElseThrow();
                t.set(DOSSIERS.ASSIGNEE, t.required("officer", assignee.officer()));
                t.set(DOSSIERS.ASSIGNED_DEPARTMENT, departmentOf(step, assignee));
            }
        });
    }

    /** Forwards the dossier to the next step of its procedure, to the given officer; refused at the last step. */
    public DossierState forward(String dossierCode, Actor actor, Assignee next) {
        return transitions.change(dossierCode, actor, WorkflowAction.FORWARD, t -> {
            ProcedureStep current = t.currentStep().orElseThrow(() -> t.refuse("it is not at a step; assign it"));
            if (current.order() == t.steps().size()) {
                throw t.refuse("it is at the last step " + current.order() + " of " + t.steps().size() + " ("
                        + current.name() + "); FINISH it instead");
            }
            enterStep(t, t.steps().get(current.order()), next);
        });
    }

    /** Returns the dossier to the previous step (for rework), to the given officer; the reason is required. */
    public DossierState returnToPreviousStep(String dossierCode, Actor actor, Assignee previous, String reason) {
        return transitions.change(dossierCode, actor, WorkflowAction.RETURN_TO_PREVIOUS_STEP, t -> {
            ProcedureStep current = t.currentStep().orElseThrow(() -> t.refuse("it is not at a step; assign it"));
            if (current.order() == 1) {
                throw t.refuse("it is at the first step (" + current.name() + "); there is no step to return to");
            }
            t.detail(t.required("reason", reason));
            enterStep(t, t.steps().get(current.order() - 2), previous);
        });
    }

    /** Asks the applicant for more papers (status 5, Mẫu 02): opens a supplement round, the clock pauses. */
    public DossierState requestSupplement(String dossierCode, Actor actor, String reason) {
        return transitions.change(dossierCode, actor, WorkflowAction.REQUEST_SUPPLEMENT,
                t -> waits.openSupplementRound(t, t.required("reason", reason)));
    }

    /**
     * The applicant delivered the papers: closes the round and gives the new appointment, the due date moved by the
     * working days waited (statistics rules §4); the step deadline moves alike. Back to status 4.
     */
    public DossierState completeSupplement(String dossierCode, Actor actor) {
        return transitions.change(dossierCode, actor, WorkflowAction.COMPLETE_SUPPLEMENT,
                t -> waits.closeSupplementRound(t, HolidayCalendar.load(t.tx)));
    }

    /** Asks the applicant to pay fees or taxes (status 6). */
    public DossierState requestFinancialObligation(String dossierCode, Actor actor, long amountVnd,
                                                   String description) {
        return transitions.change(dossierCode, actor, WorkflowAction.REQUEST_FINANCIAL_OBLIGATION, t -> {
            if (amountVnd <= 0) {
                throw t.invalid("amountVnd", amountVnd, "the amount to pay must be positive");
            }
            waits.openFinancialObligation(t, amountVnd, t.required("description", description));
        });
    }

    /** The financial obligation is paid: back to status 4. */
    public DossierState confirmFinancialObligation(String dossierCode, Actor actor) {
        return transitions.change(dossierCode, actor, WorkflowAction.CONFIRM_FINANCIAL_OBLIGATION,
                waits::closeFinancialObligation);
    }

    /**
     * Apology and new appointment (Mẫu 04): records the date now promised to the applicant; {@code due_at}, which the
     * statistics evaluate against, does not move (statistics rules §4).
     */
    public DossierState apologizeAndReappoint(String dossierCode, Actor actor, LocalDateTime promisedAt,
                                              String reason) {
        return transitions.change(dossierCode, actor, WorkflowAction.APOLOGIZE_AND_REAPPOINT,
                t -> waits.reappoint(t, promisedAt, t.required("reason", reason)));
    }

    /** Stops processing (status 8, Mẫu 05); the reason is required. The dossier is closed. */
    public DossierState stop(String dossierCode, Actor actor, String reason) {
        return transitions.change(dossierCode, actor, WorkflowAction.STOP,
                t -> t.detail(t.required("reason", reason)));
    }

    /** Withdraws the dossier at the applicant's request (status 7): it ends now, counted as solved on time. */
    public DossierState withdraw(String dossierCode, Actor actor, String reason) {
        return transitions.change(dossierCode, actor, WorkflowAction.WITHDRAW, t -> {
            t.detail(reason);
            t.set(DOSSIERS.FINISHED_AT, t.now);
        });
    }

    /** Finishes processing at the procedure's last step (status 9): records {@code finished_at}. */
    public DossierState finish(String dossierCode, Actor actor) {
        return transitions.change(dossierCode, actor, WorkflowAction.FINISH, t -> {
            ProcedureStep current = t.currentStep().orElseThrow(() -> t.refuse("it is not at a step; assign it"));
            if (current.order() != t.steps().size()) {
                throw t.refuse("it is at step " + current.order() + " of " + t.steps().size() + " ("
                        + current.name() + "); FORWARD it to the last step before finishing");
            }
            t.set(DOSSIERS.FINISHED_AT, t.now);
        });
    }

    /** Hands the result to the applicant (status 10): records {@code returned_at}. */
    public DossierState returnResult(String dossierCode, Actor actor) {
        return transitions.change(dossierCode, actor, WorkflowAction.RETURN_RESULT,
                t -> t.set(DOSSIERS.RETURNED_AT, t.now));
    }

    /**
     * Inter-agency (liên thông): registers a child dossier at another organisation that references this one as its
     * original, and records the transfer on the original, in one transaction. The original keeps its status.
     */
    public RegisteredDossier sendToAgency(String dossierCode, Actor actor, String orgCode, String procedureCode) {
        return transitions.run(dossierCode, actor, WorkflowAction.SEND_TO_AGENCY, t -> {
            DossiersRecord original = t.dossier;
            if (t.required("orgCode", orgCode).equals(original.getHandlingOrgCode())) {
                throw t.invalid("orgCode", orgCode, "the dossier is already handled there; pick another organisation");
            }
            String procedure = procedureCode != null ? procedureCode
                    : t.tx.select(PROCEDURES.CODE).from(PROCEDURES)
                            .where(PROCEDURES.ID.eq(original.getProcedureId())).fetchSingle(PROCEDURES.CODE);
            IntakeRequest child = new IntakeRequest(procedure, orgCode, Channel.ofCode(original.getChannel()).orElseThrow(),
                    ApplicantType.ofCode(original.getApplicantType()).orElseThrow(), original.getApplicantName(),
                    original.getApplicantIdNumber(), original.getApplicantPhone(), original.getApplicantEmail(),
                    original.getSummary(), original.getId(), actor.recordedAs(),
                    t.value(DOSSIERS.ASSIGNED_DEPARTMENT));
            RegisteredDossier registered = intake.register(t.tx, child, t.now);
            t.detail("hồ sơ " + registered.code() + " tại " + orgCode);
            return registered;
        });
    }

    private void enterStep(Transition t, ProcedureStep step, Assignee assignee) {
        AppointmentDates dates = new AppointmentDates(HolidayCalendar.load(t.tx), workingHours);
        t.set(DOSSIERS.CURRENT_STEP_ORDER, (short) step.order());
        t.set(DOSSIERS.ASSIGNEE, t.required("officer", assignee.officer()));
        t.set(DOSSIERS.ASSIGNED_DEPARTMENT, departmentOf(step, assignee));
        t.set(DOSSIERS.STEP_DEADLINE, step.deadline(dates, t.now));
    }

    private static String departmentOf(ProcedureStep step, Assignee assignee) {
        return assignee.department() == null || assignee.department().isBlank()
                ? step.department()
                : assignee.department().strip();
    }
}

package org.tthc.api.web.officer;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tthc.portal.view.DossierDetail;
import org.tthc.portal.workflow.Actor;
import org.tthc.portal.workflow.Assignee;
import org.tthc.portal.workflow.DossierWorkflow;
import org.tthc.portal.workflow.WorkflowAction;

/** Which workflow actions an officer is offered on a dossier now, and taking one from its form. */
@Component
public class OfficerActions {
    private final DossierWorkflow workflow;

    public OfficerActions(DossierWorkflow workflow) {
        this.workflow = workflow;
    }

    /**
     * The actions {@link WorkflowAction}'s table allows in the dossier's status, less the applicant's rating and the
     * step moves the procedure's steps rule out (no forward from the last step, no finish before it, no return
     * from the first).
     */
    public static List<WorkflowAction> offered(DossierDetail dossier) {
        Integer step = dossier.stepOrder();
        boolean atLast = step != null && dossier.stepCount() != null && step.equals(dossier.stepCount());
        return WorkflowAction.allowedIn(dossier.status()).stream()
                .filter(action -> action != WorkflowAction.RATE)
                .filter(action -> action != WorkflowAction.FORWARD || step != null && !atLast)
                .filter(action -> action != WorkflowAction.FINISH || atLast)
                .filter(action -> action != WorkflowAction.RETURN_TO_PREVIOUS_STEP || step != null && step > 1)
                .toList();
    }

    public void take(String code, Actor actor, WorkflowAction action, ActionForm form) {
        switch (action) {
            case REFUSE_AT_INTAKE -> workflow.refuseAtIntake(code, actor, form.getReason());
            case ASSIGN -> workflow.assign(code, actor, assignee(form, actor));
            case FORWARD -> workflow.forward(code, actor, assignee(form, actor));
            case RETURN_TO_PREVIOUS_STEP -> workflow.returnToPreviousStep(code, actor, assignee(form, actor),
                    form.getReason());
            case REQUEST_SUPPLEMENT -> workflow.requestSupplement(code, actor, form.getReason());
            case COMPLETE_SUPPLEMENT -> workflow.completeSupplement(code, actor);
            case REQUEST_FINANCIAL_OBLIGATION -> workflow.requestFinancialObligation(code, actor,
                    form.getAmountVnd() == null ? 0 : form.getAmountVnd(), form.getDescription());
            case CONFIRM_FINANCIAL_OBLIGATION -> workflow.confirmFinancialObligation(code, actor);
            case SEND_TO_AGENCY -> workflow.sendToAgency(code, actor, form.getOrgCode(),
                    blankToNull(form.getProcedureCode()));
            case APOLOGIZE_AND_REAPPOINT -> workflow.apologizeAndReappoint(code, actor, form.getPromisedAt(),
                    form.getReason());
            case STOP -> workflow.stop(code, actor, form.getReason());
            case WITHDRAW -> workflow.withdraw(code, actor, form.getReason());
            case FINISH -> workflow.finish(code, actor);
            case RETURN_RESULT -> workflow.returnResult(code, actor);
            case RATE -> throw new IllegalArgumentException("the rating is the applicant's, on their own page");
        }
    }

    /** The officer named in the form, else the one taking the action; the department blank means the step's. */
    private static Assignee assignee(ActionForm form, Actor actor) {
        String officer = blankToNull(form.getOfficer());
        return new Assignee(blankToNull(form.getDepartment()), officer == null ? actor.id() : officer);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.tthc.api.web.officer;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.tthc.portal.workflow.WorkflowAction;

/**
 * The inputs of a workflow action form; each action reads the fields {@link #FIELDS} lists for it. A field's label
 * on the page is the message {@code field.<name>}.
 */
public class ActionForm {
    static final Map<WorkflowAction, List<String>> FIELDS = new EnumMap<>(Map.ofEntries(
            Map.entry(WorkflowAction.REFUSE_AT_INTAKE, List.of("reason")),
            Map.entry(WorkflowAction.ASSIGN, List.of("officer", "department")),
            Map.entry(WorkflowAction.FORWARD, List.of("officer", "department")),
            Map.entry(WorkflowAction.RETURN_TO_PREVIOUS_STEP, List.of("officer", "department", "reason")),
            Map.entry(WorkflowAction.REQUEST_SUPPLEMENT, List.of("reason")),
            Map.entry(WorkflowAction.COMPLETE_SUPPLEMENT, List.of()),
            Map.entry(WorkflowAction.REQUEST_FINANCIAL_OBLIGATION, List.of("amountVnd", "description")),
            Map.entry(WorkflowAction.CONFIRM_FINANCIAL_OBLIGATION, List.of()),
            Map.entry(WorkflowAction.SEND_TO_AGENCY, List.of("orgCode", "procedureCode")),
            Map.entry(WorkflowAction.APOLOGIZE_AND_REAPPOINT, List.of("promisedAt", "reason")),
            Map.entry(WorkflowAction.STOP, List.of("reason")),
            Map.entry(WorkflowAction.WITHDRAW, List.of("reason")),
            Map.entry(WorkflowAction.FINISH, List.of()),
            Map.entry(WorkflowAction.RETURN_RESULT, List.of()),
            Map.entry(WorkflowAction.RATE, List.of())));

    private String reason;
    private String officer;
    private String department;
    private Long amountVnd;
    private String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime promisedAt;
    private String orgCode;
    private String procedureCode;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Long getAmountVnd() {
        return amountVnd;
    }

    public void setAmountVnd(Long amountVnd) {
        this.amountVnd = amountVnd;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getPromisedAt() {
        return promisedAt;
    }

    public void setPromisedAt(LocalDateTime promisedAt) {
        this.promisedAt = promisedAt;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public void setOrgCode(String orgCode) {
        this.orgCode = orgCode;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }
}

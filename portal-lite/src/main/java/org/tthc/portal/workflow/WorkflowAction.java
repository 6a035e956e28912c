package org.tthc.portal.workflow;

import static org.tthc.domain.dossier.StatusCode.ACCEPTED;
import static org.tthc.domain.dossier.StatusCode.FINANCIAL_OBLIGATION_REQUESTED;
import static org.tthc.domain.dossier.StatusCode.FINISHED;
import static org.tthc.domain.dossier.StatusCode.PROCESSING;
import static org.tthc.domain.dossier.StatusCode.REFUSED_AT_INTAKE;
import static org.tthc.domain.dossier.StatusCode.REGISTERED;
import static org.tthc.domain.dossier.StatusCode.RESULT_RETURNED;
import static org.tthc.domain.dossier.StatusCode.STOPPED;
import static org.tthc.domain.dossier.StatusCode.SUPPLEMENT_REQUESTED;
import static org.tthc.domain.dossier.StatusCode.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tthc.domain.dossier.StatusCode;

/**
 * The transition table of the processing workflow: each action, the national statuses (TrangThaiHoSo) it may be
 * taken from, and the status it leaves the dossier in (empty: the status does not change). Statuses 3, 7 and 8 have
 * no way out; 10 only allows the applicant's rating.
 */
public enum WorkflowAction {
    REFUSE_AT_INTAKE("Từ chối tiếp nhận hồ sơ", REFUSED_AT_INTAKE, false, REGISTERED, ACCEPTED),
    ASSIGN("Phân công xử lý", PROCESSING, false, ACCEPTED, PROCESSING),
    FORWARD("Chuyển bước xử lý tiếp theo", PROCESSING, false, PROCESSING),
    RETURN_TO_PREVIOUS_STEP("Trả lại bước xử lý trước", PROCESSING, false, PROCESSING),
    REQUEST_SUPPLEMENT("Yêu cầu bổ sung, hoàn thiện hồ sơ", SUPPLEMENT_REQUESTED, false, PROCESSING),
    COMPLETE_SUPPLEMENT("Tiếp nhận hồ sơ bổ sung", PROCESSING, true, SUPPLEMENT_REQUESTED),
    REQUEST_FINANCIAL_OBLIGATION("Yêu cầu thực hiện nghĩa vụ tài chính", FINANCIAL_OBLIGATION_REQUESTED, false,
            PROCESSING),
    CONFIRM_FINANCIAL_OBLIGATION("Đã thực hiện nghĩa vụ tài chính", PROCESSING, true, FINANCIAL_OBLIGATION_REQUESTED),
    SEND_TO_AGENCY("Chuyển hồ sơ liên thông", null, false, PROCESSING),
    APOLOGIZE_AND_REAPPOINT("Xin lỗi và hẹn lại ngày trả kết quả", null, false,
            ACCEPTED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED),
    STOP("Dừng xử lý", STOPPED, false,
            ACCEPTED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED),
    WITHDRAW("Rút hồ sơ theo yêu cầu của người nộp", WITHDRAWN, true,
            REGISTERED, ACCEPTED, PROCESSING, SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED),
    FINISH("Hoàn thành xử lý", FINISHED, false, PROCESSING),
    RETURN_RESULT("Trả kết quả", RESULT_RETURNED, false, FINISHED),
    RATE("Đánh giá việc giải quyết", null, true, RESULT_RETURNED);

    private final String vietnameseName;
    private final StatusCode target;
    private final boolean applicantMay;
    private final Set<StatusCode> from;

    WorkflowAction(String vietnameseName, StatusCode target, boolean applicantMay, StatusCode... from) {
        this.vietnameseName = vietnameseName;
        this.target = target;
        this.applicantMay = applicantMay;
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The status after the action; empty when the action keeps the status. */
    public Optional<StatusCode> target() {
        return Optional.ofNullable(target);
    }

    /** Whether the applicant may take the action themselves (else only an officer may). */
    public boolean applicantMay() {
        return applicantMay;
    }

    public boolean allowedFrom(StatusCode status) {
        return from.contains(status);
    }

    /** The actions a dossier in {@code status} allows, in table order. */
    public static List<WorkflowAction> allowedIn(StatusCode status) {
        return Arrays.stream(values()).filter(action -> action.allowedFrom(status)).toList();
    }

    /** Throws {@link WorkflowException} when the table has no transition for this action from {@code status}. */
    void requireAllowed(String dossierCode, StatusCode status) {
        if (!allowedFrom(status)) {
            throw WorkflowException.notAllowed(dossierCode, status, this);
        }
    }
}

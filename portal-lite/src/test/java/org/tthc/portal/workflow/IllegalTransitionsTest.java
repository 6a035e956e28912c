package org.tthc.portal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.portal.workflow.Office.APPLICANT;
import static org.tthc.portal.workflow.Office.DESK;
import static org.tthc.portal.workflow.Office.EXAMINER;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.database.TestDatabase;

class IllegalTransitionsTest {
    private static final String FIRST = "H38.13-250305-0001";

    @TempDir
    Path temporaryFolder;

    @Test
    void everyStatusHasItsAllowedActionsAndTheClosedOnesNone() {
        assertThat(WorkflowAction.allowedIn(StatusCode.ACCEPTED)).containsExactly(WorkflowAction.REFUSE_AT_INTAKE,
                WorkflowAction.ASSIGN, WorkflowAction.APOLOGIZE_AND_REAPPOINT, WorkflowAction.STOP,
                WorkflowAction.WITHDRAW);
        assertThat(WorkflowAction.allowedIn(StatusCode.SUPPLEMENT_REQUESTED)).containsExactly(
                WorkflowAction.COMPLETE_SUPPLEMENT, WorkflowAction.APOLOGIZE_AND_REAPPOINT, WorkflowAction.STOP,
                WorkflowAction.WITHDRAW);
        assertThat(WorkflowAction.allowedIn(StatusCode.FINISHED)).containsExactly(WorkflowAction.RETURN_RESULT);
        assertThat(WorkflowAction.allowedIn(StatusCode.RESULT_RETURNED)).containsExactly(WorkflowAction.RATE);
        for (StatusCode closed : new StatusCode[] {StatusCode.REFUSED_AT_INTAKE, StatusCode.WITHDRAWN,
            StatusCode.STOPPED}) {
            assertThat(WorkflowAction.allowedIn(closed)).as(closed.name()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void anActionTheStatusDoesNotAllowIsRefusedNamingTheDossierItsStatusAndTheAllowedActions(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();
            long changeSeq = office.dossier(code).getChangeSeq();

            assertThatThrownBy(() -> office.workflow.finish(code, EXAMINER))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessage("Dossier " + FIRST + " is in status 2 (Được tiếp nhận): cannot FINISH (Hoàn thành xử lý):"
                            + " not allowed from this status; allowed now: REFUSE_AT_INTAKE, ASSIGN,"
                            + " APOLOGIZE_AND_REAPPOINT, STOP, WITHDRAW");
            assertThatThrownBy(() -> office.workflow.returnResult(code, DESK))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("cannot RETURN_RESULT");
            assertThatThrownBy(() -> office.workflow.completeSupplement(code, APPLICANT))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("cannot COMPLETE_SUPPLEMENT");

            assertThat(office.dossier(code).getChangeSeq()).as("a refused action changes nothing").isEqualTo(changeSeq);
            assertThat(office.events(code)).as("a refused action writes no event").hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void stepsAreTakenInOrderAndFinishingNeedsTheLastStep(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();
            office.workflow.assign(code, DESK, Assignee.officer(EXAMINER.id()));

            assertThatThrownBy(() -> office.workflow.returnToPreviousStep(code, EXAMINER,
                    Assignee.officer("cv.khac"), "Sai sót"))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessage("Dossier " + FIRST + " is in status 4 (Đang xử lý): cannot RETURN_TO_PREVIOUS_STEP"
                            + " (Trả lại bước xử lý trước): it is at the first step (Thẩm định hồ sơ); there is no"
                            + " step to return to");
            assertThatThrownBy(() -> office.workflow.finish(code, EXAMINER))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageEndingWith("cannot FINISH (Hoàn thành xử lý): it is at step 1 of 3 (Thẩm định hồ sơ);"
                            + " FORWARD it to the last step before finishing");

            office.workflow.forward(code, EXAMINER, Assignee.officer("ld.so"));
            assertThat(office.workflow.returnToPreviousStep(code, Actor.officer("ld.so"),
                    Assignee.officer(EXAMINER.id()), "Bổ sung ý kiến thẩm định").stepOrder()).isEqualTo(1);
            office.workflow.forward(code, EXAMINER, Assignee.officer("ld.so"));
            office.workflow.forward(code, Actor.officer("ld.so"), Assignee.officer("vt.so"));
            assertThatThrownBy(() -> office.workflow.forward(code, Actor.officer("vt.so"), Assignee.officer("x")))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageEndingWith("it is at the last step 3 of 3 (Ký số, đóng dấu); FINISH it instead");
            assertThat(office.workflow.finish(code, Actor.officer("vt.so")).status()).isEqualTo(StatusCode.FINISHED);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void aClosedDossierAllowsNothing(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();
            office.workflow.refuseAtIntake(code, DESK, "Hồ sơ không thuộc thẩm quyền");

            assertThatThrownBy(() -> office.workflow.withdraw(code, APPLICANT, null))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessage("Dossier " + FIRST + " is in status 3 (Không được tiếp nhận): cannot WITHDRAW (Rút hồ"
                            + " sơ theo yêu cầu của người nộp): not allowed from this status; the dossier is closed,"
                            + " no action is allowed");
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void theApplicantMayOnlyTakeTheApplicantsActionsOnTheirOwnDossier(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();

            assertThatThrownBy(() -> office.workflow.assign(code, APPLICANT, Assignee.officer(EXAMINER.id())))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageEndingWith("cannot ASSIGN (Phân công xử lý): only an officer may take this action,"
                            + " not the applicant");
            assertThatThrownBy(() -> office.workflow.withdraw(code, Actor.applicant("001099000111"), null))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageEndingWith("the applicant identity '001099000111' is not this dossier's applicant");
            assertThat(office.workflow.withdraw(code, APPLICANT, null).status()).isEqualTo(StatusCode.WITHDRAWN);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void missingInputIsRefusedNamingTheField(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();

            assertThatThrownBy(() -> office.workflow.refuseAtIntake(code, DESK, " "))
                    .isInstanceOf(WorkflowInputException.class)
                    .hasMessage("Dossier " + FIRST + ", reason ' ': required for REFUSE_AT_INTAKE");
            assertThatThrownBy(() -> office.workflow.assign(code, DESK, Assignee.officer(null)))
                    .isInstanceOf(WorkflowInputException.class)
                    .hasMessageContaining("officer ''");
            assertThatThrownBy(() -> office.workflow.assign("H38.13-250305-9999", DESK, Assignee.officer("x")))
                    .isInstanceOf(WorkflowInputException.class)
                    .hasMessage("Dossier H38.13-250305-9999, dossierCode 'H38.13-250305-9999': no such dossier;"
                            + " check the code on the receipt");
            assertThat(office.events(code)).hasSize(1);
        }
    }
}

package org.tthc.portal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.tthc.portal.db.Tables.APOLOGY_REAPPOINTMENTS;
import static org.tthc.portal.db.Tables.FINANCIAL_OBLIGATIONS;
import static org.tthc.portal.db.Tables.SUPPLEMENT_ROUNDS;
import static org.tthc.portal.workflow.Office.APPLICANT;
import static org.tthc.portal.workflow.Office.DESK;
import static org.tthc.portal.workflow.Office.EXAMINER;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.database.PortalFixtures;
import org.tthc.portal.database.TestDatabase;
import org.tthc.portal.db.tables.records.DossiersRecord;
import org.tthc.portal.db.tables.records.ProcessingEventsRecord;
import org.tthc.portal.intake.RegisteredDossier;
import org.tthc.portal.rating.Rating;

class DossierWorkflowTest {
    private static final Actor HEAD_OF_UNIT = Actor.officer("tp.hotich");
    private static final Actor APPROVER = Actor.officer("ld.so");
    private static final Actor CLERK = Actor.officer("vt.so");

    @TempDir
    Path temporaryFolder;

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void dossierGoesFromIntakeThroughEveryStepAndASupplementRoundToItsRating(TestDatabase.Kind kind) {
        // Received Wednesday 5 March 2025 09:00 with 3 working days: due Monday 10 March 09:00.
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();
            List<Long> changeSeqs = new ArrayList<>(List.of(office.dossier(code).getChangeSeq()));

            DossierState assigned = office.at("2025-03-05T09:30").workflow.assign(code, HEAD_OF_UNIT,
                    Assignee.officer(EXAMINER.id()));
            assertThat(assigned.status()).isEqualTo(StatusCode.PROCESSING);
            assertThat(assigned.stepOrder()).isEqualTo(1);
            assertThat(assigned.department()).isEqualTo(WorkflowFixtures.EXAMINING);
            assertThat(assigned.assignee()).isEqualTo(EXAMINER.id());
            assertThat(assigned.stepDeadline()).isEqualTo(at("2025-03-06T09:30"));
            changeSeqs.add(office.dossier(code).getChangeSeq());

            // Asked on Thursday, delivered the next Tuesday: Friday, Monday and Tuesday were waited, 3 working days.
            assertThat(office.at("2025-03-06T10:00").workflow.requestSupplement(code, EXAMINER,
                    "Thiếu bản sao giấy chứng nhận kết hôn").status()).isEqualTo(StatusCode.SUPPLEMENT_REQUESTED);
            changeSeqs.add(office.dossier(code).getChangeSeq());
            DossierState resumed = office.at("2025-03-11T08:00").workflow.completeSupplement(code, APPLICANT);
            assertThat(resumed.status()).isEqualTo(StatusCode.PROCESSING);
            assertThat(resumed.dueAt()).as("Monday 10 March 09:00 moved by 3 working days over the weekend")
                    .isEqualTo(at("2025-03-13T09:00"));
            assertThat(resumed.stepDeadline()).isEqualTo(at("2025-03-11T09:30"));
            var round = office.dsl().selectFrom(SUPPLEMENT_ROUNDS).fetchSingle();
            assertThat(round.getRequestedAt()).isEqualTo(at("2025-03-06T10:00"));
            assertThat(round.getCompletedAt()).isEqualTo(at("2025-03-11T08:00"));
            assertThat(round.getNewDueAt()).isEqualTo(at("2025-03-13T09:00"));
            changeSeqs.add(office.dossier(code).getChangeSeq());

            DossierState approving = office.at("2025-03-11T09:00").workflow.forward(code, EXAMINER,
                    Assignee.officer(APPROVER.id()));
            assertThat(approving.stepOrder()).isEqualTo(2);
            assertThat(approving.department()).isEqualTo(WorkflowFixtures.APPROVING);
            assertThat(approving.stepDeadline()).isEqualTo(at("2025-03-12T09:00"));
            changeSeqs.add(office.dossier(code).getChangeSeq());
            // 4 working hours from Tuesday 14:00: 3 hours that afternoon, 1 on Wednesday morning.
            DossierState signing = office.at("2025-03-11T14:00").workflow.forward(code, APPROVER,
                    Assignee.officer(CLERK.id()));
            assertThat(signing.stepOrder()).isEqualTo(3);
            assertThat(signing.stepDeadline()).isEqualTo(at("2025-03-12T08:30"));
            changeSeqs.add(office.dossier(code).getChangeSeq());

            DossierState finished = office.at("2025-03-12T08:00").workflow.finish(code, CLERK);
            assertThat(finished.status()).isEqualTo(StatusCode.FINISHED);
            assertThat(finished.finishedAt()).isEqualTo(at("2025-03-12T08:00"));
            changeSeqs.add(office.dossier(code).getChangeSeq());
            DossierState returned = office.at("2025-03-12T10:00").workflow.returnResult(code, DESK);
            assertThat(returned.status()).isEqualTo(StatusCode.RESULT_RETURNED);
            assertThat(returned.returnedAt()).isEqualTo(at("2025-03-12T10:00"));
            assertThat(returned.dueAt()).isEqualTo(at("2025-03-13T09:00"));
            changeSeqs.add(office.dossier(code).getChangeSeq());

            office.at("2025-03-12T10:05").ratings.rate(code, APPLICANT, new Rating(1, 2, 2, 2, 2));

            assertThat(changeSeqs).as("every action gave the dossier a higher change_seq")
                    .isSorted().doesNotHaveDuplicates();
            List<ProcessingEventsRecord> events = office.events(code);
            assertThat(events).extracting(ProcessingEventsRecord::getAction, ProcessingEventsRecord::getActor,
                            ProcessingEventsRecord::getStatus, ProcessingEventsRecord::getOccurredAt)
                    .containsExactly(
                            tuple("INTAKE", DESK.id(), status(StatusCode.ACCEPTED), at("2025-03-05T09:00")),
                            tuple("ASSIGN", HEAD_OF_UNIT.id(), status(StatusCode.PROCESSING), at("2025-03-05T09:30")),
                            tuple("REQUEST_SUPPLEMENT", EXAMINER.id(), status(StatusCode.SUPPLEMENT_REQUESTED),
                                    at("2025-03-06T10:00")),
                            tuple("COMPLETE_SUPPLEMENT", "applicant:" + Office.APPLICANT_ID,
                                    status(StatusCode.PROCESSING), at("2025-03-11T08:00")),
                            tuple("FORWARD", EXAMINER.id(), status(StatusCode.PROCESSING), at("2025-03-11T09:00")),
                            tuple("FORWARD", APPROVER.id(), status(StatusCode.PROCESSING), at("2025-03-11T14:00")),
                            tuple("FINISH", CLERK.id(), status(StatusCode.FINISHED), at("2025-03-12T08:00")),
                            tuple("RETURN_RESULT", DESK.id(), status(StatusCode.RESULT_RETURNED),
                                    at("2025-03-12T10:00")));
            assertThat(events.subList(1, 6)).extracting(ProcessingEventsRecord::getStep,
                            ProcessingEventsRecord::getStepOrder, ProcessingEventsRecord::getDepartment,
                            ProcessingEventsRecord::getStepDeadline)
                    .containsExactly(
                            tuple("Thẩm định hồ sơ", (short) 1, WorkflowFixtures.EXAMINING, at("2025-03-06T09:30")),
                            tuple("Thẩm định hồ sơ", (short) 1, WorkflowFixtures.EXAMINING, at("2025-03-06T09:30")),
                            tuple("Thẩm định hồ sơ", (short) 1, WorkflowFixtures.EXAMINING, at("2025-03-11T09:30")),
                            tuple("Phê duyệt", (short) 2, WorkflowFixtures.APPROVING, at("2025-03-12T09:00")),
                            tuple("Ký số, đóng dấu", (short) 3, WorkflowFixtures.SIGNING, at("2025-03-12T08:30")));
            assertThat(events.get(2).getNote())
                    .isEqualTo("Yêu cầu bổ sung, hoàn thiện hồ sơ: Thiếu bản sao giấy chứng nhận kết hôn");
            assertThat(events).extracting(ProcessingEventsRecord::getChangeSeq).isSorted().doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void apologyPromisesANewDateButKeepsTheDueDateTheDossierIsEvaluatedAgainst(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();
            office.workflow.assign(code, HEAD_OF_UNIT, Assignee.officer(EXAMINER.id()));

            office.at("2025-03-10T10:00");
            assertThatThrownBy(() -> office.workflow.apologizeAndReappoint(code, EXAMINER, at("2025-03-10T08:00"),
                    "Chờ xác minh"))
                    .isInstanceOf(WorkflowInputException.class)
                    .hasMessageContaining("promisedAt '2025-03-10T08:00'")
                    .hasMessageContaining("must be after the appointment 2025-03-10T09:00");
            DossierState apologised = office.workflow.apologizeAndReappoint(code, EXAMINER, at("2025-03-14T16:00"),
                    "Chờ kết quả xác minh của UBND xã");

            assertThat(apologised.status()).isEqualTo(StatusCode.PROCESSING);
            assertThat(apologised.dueAt()).as("due_at does not move").isEqualTo(at("2025-03-10T09:00"));
            assertThat(apologised.promisedAt()).isEqualTo(at("2025-03-14T16:00"));
            var apology = office.dsl().selectFrom(APOLOGY_REAPPOINTMENTS).fetchSingle();
            assertThat(apology.getDueAt()).isEqualTo(at("2025-03-10T09:00"));
            assertThat(apology.getPromisedAt()).isEqualTo(at("2025-03-14T16:00"));
            assertThat(apology.getIssuedAt()).isEqualTo(at("2025-03-10T10:00"));
            assertThat(office.events(code)).last().satisfies(event -> {
                assertThat(event.getAction()).isEqualTo("APOLOGIZE_AND_REAPPOINT");
                assertThat(event.getActor()).isEqualTo(EXAMINER.id());
                assertThat(event.getOccurredAt()).isEqualTo(at("2025-03-10T10:00"));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void interAgencyTransferRegistersAChildDossierThatReferencesItsOriginal(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();
            office.workflow.assign(code, HEAD_OF_UNIT, Assignee.officer(EXAMINER.id()));

            RegisteredDossier child = office.at("2025-03-05T10:00").workflow.sendToAgency(code, EXAMINER,
                    PortalFixtures.CONSTRUCTION, null);

            DossiersRecord original = office.dossier(code);
            DossiersRecord childRow = office.dossier(child.code());
            assertThat(child.code()).isEqualTo("H38.17-250305-0001");
            assertThat(childRow.getOriginalDossierId()).isEqualTo(original.getId());
            assertThat(childRow.getHandlingOrgCode()).isEqualTo(PortalFixtures.CONSTRUCTION);
            assertThat(childRow.getStatus()).isEqualTo(status(StatusCode.ACCEPTED));
            assertThat(childRow.getApplicantIdNumber()).isEqualTo(Office.APPLICANT_ID);
            assertThat(childRow.getDueAt()).isEqualTo(at("2025-03-10T10:00"));
            assertThat(original.getStatus()).isEqualTo(status(StatusCode.PROCESSING));
            assertThat(office.events(code)).last().satisfies(event -> {
                assertThat(event.getAction()).isEqualTo("SEND_TO_AGENCY");
                assertThat(event.getNote()).contains(child.code()).contains(PortalFixtures.CONSTRUCTION);
            });
            assertThat(office.events(child.code())).singleElement()
                    .satisfies(event -> assertThat(event.getActor()).isEqualTo(EXAMINER.id()));

            assertThatThrownBy(() -> office.workflow.sendToAgency(code, EXAMINER, PortalFixtures.JUSTICE, null))
                    .isInstanceOf(WorkflowInputException.class)
                    .hasMessageContaining("orgCode 'H38.13'").hasMessageContaining("already handled there");
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void refusalWithdrawalAndStopEndTheDossierWithTheirStatus(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String refused = office.receive();
            String withdrawn = office.receive();
            String stopped = office.receive();
            office.workflow.assign(withdrawn, HEAD_OF_UNIT, Assignee.officer(EXAMINER.id()));
            office.workflow.assign(stopped, HEAD_OF_UNIT, Assignee.officer(EXAMINER.id()));

            office.at("2025-03-06T10:00");
            DossierState refusal = office.workflow.refuseAtIntake(refused, DESK, "Không thuộc thẩm quyền của Sở");
            DossierState withdrawal = office.workflow.withdraw(withdrawn, APPLICANT, "Không còn nhu cầu");
            DossierState stop = office.workflow.stop(stopped, EXAMINER, "Người nộp đã chết");

            assertThat(refusal.status()).isEqualTo(StatusCode.REFUSED_AT_INTAKE);
            assertThat(refusal.finishedAt()).isNull();
            assertThat(withdrawal.status()).isEqualTo(StatusCode.WITHDRAWN);
            assertThat(withdrawal.finishedAt()).as("withdrawn dossiers are solved").isEqualTo(at("2025-03-06T10:00"));
            assertThat(stop.status()).isEqualTo(StatusCode.STOPPED);
            assertThat(stop.finishedAt()).isNull();
            assertThat(office.events(refused)).last().satisfies(event -> {
                assertThat(event.getNote()).isEqualTo("Từ chối tiếp nhận hồ sơ: Không thuộc thẩm quyền của Sở");
                assertThat(event.getActor()).isEqualTo(DESK.id());
            });
            assertThat(office.events(withdrawn)).last()
                    .satisfies(event -> assertThat(event.getActor()).isEqualTo("applicant:" + Office.APPLICANT_ID));
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void financialObligationWaitsForPaymentWithoutMovingTheDueDate(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();
            office.workflow.assign(code, HEAD_OF_UNIT, Assignee.officer(EXAMINER.id()));
            assertThatThrownBy(() -> office.workflow.requestFinancialObligation(code, EXAMINER, 0, "Lệ phí"))
                    .isInstanceOf(WorkflowInputException.class).hasMessageContaining("amountVnd '0'");

            assertThat(office.at("2025-03-05T10:00").workflow.requestFinancialObligation(code, EXAMINER, 8_000,
                    "Lệ phí đăng ký hộ tịch").status()).isEqualTo(StatusCode.FINANCIAL_OBLIGATION_REQUESTED);
            DossierState paid = office.at("2025-03-07T10:00").workflow.confirmFinancialObligation(code, APPLICANT);

            assertThat(paid.status()).isEqualTo(StatusCode.PROCESSING);
            assertThat(paid.dueAt()).isEqualTo(at("2025-03-10T09:00"));
            var obligation = office.dsl().selectFrom(FINANCIAL_OBLIGATIONS).fetchSingle();
            assertThat(obligation.getAmountVnd()).isEqualTo(8_000L);
            assertThat(obligation.getPaidAt()).isEqualTo(at("2025-03-07T10:00"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void reassigningKeepsTheStepAndItsDeadline(TestDatabase.Kind kind) {
        try (Office office = new Office(kind, temporaryFolder, "2025-03-05T09:00")) {
            String code = office.receive();
            office.workflow.assign(code, HEAD_OF_UNIT, Assignee.officer(EXAMINER.id()));
            DossierState reassigned = office.at("2025-03-05T14:00").workflow.assign(code, HEAD_OF_UNIT,
                    new Assignee("Phòng Quốc tịch", "cv.quoctich"));
            assertThat(reassigned.stepOrder()).isEqualTo(1);
            assertThat(reassigned.assignee()).isEqualTo("cv.quoctich");
            assertThat(reassigned.department()).isEqualTo("Phòng Quốc tịch");
            assertThat(reassigned.stepDeadline()).isEqualTo(at("2025-03-06T09:00"));
            assertThat(office.dossier(code).getStatus()).isEqualTo(status(StatusCode.PROCESSING));
        }
    }

    static short status(StatusCode status) {
        return (short) status.code();
    }

    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}

package org.tthc.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tthc.portal.database.PortalFixtures.CONSTRUCTION;
import static org.tthc.portal.database.PortalFixtures.FOUR_HOUR_PROCEDURE;
import static org.tthc.portal.database.PortalFixtures.JUSTICE;
import static org.tthc.portal.database.PortalFixtures.THREE_DAY_PROCEDURE;
import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.HOLIDAYS;
import static org.tthc.portal.db.Tables.INTAKE_DOCUMENTS;
import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCEDURE_ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierCodes;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.database.PortalFixtures;
import org.tthc.portal.database.TestDatabase;

class IntakeServiceTest {
    @TempDir
    Path temporaryFolder;

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void codesAreSequentialPerOrganisationAndReceiptDay(TestDatabase.Kind kind) {
        try (TestDatabase test = openWithCatalogue(kind)) {
            IntakeService wednesday = intake(test.database(), "2025-03-05T09:00");
            assertThat(List.of(
                    wednesday.register(request(JUSTICE, THREE_DAY_PROCEDURE)).code(),
                    wednesday.register(request(JUSTICE, THREE_DAY_PROCEDURE)).code(),
                    wednesday.register(request(CONSTRUCTION, THREE_DAY_PROCEDURE)).code(),
                    wednesday.register(request(JUSTICE, FOUR_HOUR_PROCEDURE)).code()))
                    .containsExactly("H38.13-250305-0001", "H38.13-250305-0002", "H38.17-250305-0001",
                            "H38.13-250305-0003");
            assertThat(intake(test.database(), "2025-03-06T08:00").register(request(JUSTICE, THREE_DAY_PROCEDURE))
                    .code()).isEqualTo("H38.13-250306-0001");
            assertThat(DossierCodes.unitCode("H38.13-250306-0001")).contains(JUSTICE);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void concurrentIntakeGivesUniqueGaplessCodes(TestDatabase.Kind kind) throws Exception {
        int threads = 4;
        int perThread = 10;
        try (TestDatabase test = openWithCatalogue(kind)) {
            IntakeService desk = intake(test.database(), "2025-03-05T09:00");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Callable<List<String>>> desks = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    desks.add(() -> IntStream.range(0, perThread)
                            .mapToObj(i -> desk.register(request(JUSTICE, THREE_DAY_PROCEDURE)).code())
                            .toList());
                }
                List<String> codes = new ArrayList<>();
                for (Future<List<String>> registered : pool.invokeAll(desks)) {
                    codes.addAll(registered.get());
                }
                List<String> expected = IntStream.rangeClosed(1, threads * perThread)
                        .mapToObj(n -> String.format("H38.13-250305-%04d", n)).toList();
                assertThat(codes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
                assertThat(test.database().dsl().fetchCount(DOSSIERS)).isEqualTo(threads * perThread);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void appointmentSkipsTheWeekendAndTheLunarNewYear(TestDatabase.Kind kind) {
        try (TestDatabase test = openWithCatalogue(kind)) {
            // Friday 24 January 2025; Tết is Monday 27 to Friday 31 January: 3 working days end Wednesday 5 February.
            RegisteredDossier dossier = intake(test.database(), "2025-01-24T09:00")
                    .register(request(JUSTICE, THREE_DAY_PROCEDURE));
            assertThat(dossier.receivedAt()).isEqualTo(at("2025-01-24T09:00"));
            assertThat(dossier.dueAt()).isEqualTo(at("2025-02-05T09:00"));
            assertThat(test.database().dsl().select(DOSSIERS.DUE_AT).from(DOSSIERS)
                    .where(DOSSIERS.ID.eq(dossier.id())).fetchSingle(DOSSIERS.DUE_AT)).isEqualTo(at("2025-02-05T09:00"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void dossierReceivedAfterTheAfternoonCutOffCountsFromTheNextWorkingMorning(TestDatabase.Kind kind) {
        try (TestDatabase test = openWithCatalogue(kind)) {
            // Wednesday 15:30: counting starts Thursday 07:30; 3 × 8 working hours end Monday 17:00.
            IntakeService late = intake(test.database(), "2025-03-05T15:30");
            assertThat(late.register(request(JUSTICE, THREE_DAY_PROCEDURE)).dueAt()).isEqualTo(at("2025-03-10T17:00"));
            assertThat(late.register(request(JUSTICE, FOUR_HOUR_PROCEDURE)).dueAt()).isEqualTo(at("2025-03-06T11:30"));
            IntakeService early = intake(test.database(), "2025-03-05T14:00");
            assertThat(early.register(request(JUSTICE, FOUR_HOUR_PROCEDURE)).dueAt()).isEqualTo(at("2025-03-06T08:30"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void aDayOffAddedToTheHolidaysTableMovesTheAppointment(TestDatabase.Kind kind) {
        try (TestDatabase test = openWithCatalogue(kind)) {
            test.database().dsl().insertInto(HOLIDAYS)
                    .set(HOLIDAYS.HOLIDAY_DATE, LocalDate.of(2025, 3, 6))
                    .set(HOLIDAYS.NAME, "Ngày nghỉ của tỉnh")
                    .execute();
            assertThat(intake(test.database(), "2025-03-05T09:00").register(request(JUSTICE, THREE_DAY_PROCEDURE))
                    .dueAt()).isEqualTo(at("2025-03-11T09:00"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void intakeStoresTheAcceptedDossierAndItsIntakeEvent(TestDatabase.Kind kind) {
        try (TestDatabase test = openWithCatalogue(kind)) {
            RegisteredDossier dossier = intake(test.database(), "2025-03-05T09:00")
                    .register(request(JUSTICE, THREE_DAY_PROCEDURE));
            var dsl = test.database().dsl();
            var row = dsl.selectFrom(DOSSIERS).where(DOSSIERS.ID.eq(dossier.id())).fetchSingle();
            assertThat(row.getStatus()).isEqualTo((short) StatusCode.ACCEPTED.code());
            assertThat(row.getChannel()).isEqualTo((short) Channel.IN_PERSON.code());
            assertThat(row.getApplicantName()).isEqualTo("Nguyễn Văn An");
            var event = dsl.selectFrom(PROCESSING_EVENTS).where(PROCESSING_EVENTS.DOSSIER_ID.eq(dossier.id()))
                    .fetchSingle();
            assertThat(event.getStep()).isEqualTo(IntakeService.INTAKE_STEP);
            assertThat(event.getOccurredAt()).isEqualTo(at("2025-03-05T09:00"));
            assertThat(event.getStatus()).isEqualTo((short) StatusCode.ACCEPTED.code());
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void unknownProcedureOrOrganisationIsRefusedAndAllocatesNoCode(TestDatabase.Kind kind) {
        try (TestDatabase test = openWithCatalogue(kind)) {
            IntakeService desk = intake(test.database(), "2025-03-05T09:00");
            assertThatThrownBy(() -> desk.register(request(JUSTICE, "9.999999.000.00.00.H38")))
                    .isInstanceOf(IntakeException.class)
                    .hasMessageContaining("procedureCode '9.999999.000.00.00.H38'");
            assertThatThrownBy(() -> desk.register(request("H38.99", THREE_DAY_PROCEDURE)))
                    .isInstanceOf(IntakeException.class)
                    .hasMessageContaining("handlingOrgCode 'H38.99'").hasMessageContaining("2025-03-05");
            assertThat(desk.register(request(JUSTICE, THREE_DAY_PROCEDURE)).code()).isEqualTo("H38.13-250305-0001");
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void theDocumentsReceivedAreRecordedForTheReceiptAndOnlyTheProceduresOwn(TestDatabase.Kind kind) {
        try (TestDatabase test = openWithCatalogue(kind)) {
            IntakeService desk = intake(test.database(), "2025-03-05T09:00");
            IntakeRequest paper = request(JUSTICE, THREE_DAY_PROCEDURE);
            RegisteredDossier dossier = desk.register(withDocuments(paper, List.of("TP01")));

            assertThat(test.database().dsl().selectFrom(INTAKE_DOCUMENTS)
                    .where(INTAKE_DOCUMENTS.DOSSIER_ID.eq(dossier.id()))
                    .fetch(r -> r.getComponentCode() + " " + r.getName() + " x" + r.getCopies()))
                    .containsExactly("TP01 Tờ khai đăng ký khai sinh x1");
            assertThatThrownBy(() -> desk.register(withDocuments(paper, List.of("TP09"))))
                    .isInstanceOf(IntakeException.class)
                    .hasMessageContaining("documentsReceived 'TP09'").hasMessageContaining("[TP01]");
            assertThat(test.database().dsl().fetchCount(DOSSIERS)).as("the refused one is not stored").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void aProcedureIsReceivedOnlyWhereItIsOfferedOnceItListsOrganisations(TestDatabase.Kind kind) {
        try (TestDatabase test = openWithCatalogue(kind)) {
            IntakeService desk = intake(test.database(), "2025-03-05T09:00");
            assertThat(desk.register(request(CONSTRUCTION, THREE_DAY_PROCEDURE)).code())
                    .as("listing none, received everywhere").isEqualTo("H38.17-250305-0001");
            var dsl = test.database().dsl();
            dsl.insertInto(PROCEDURE_ORGANISATIONS)
                    .set(PROCEDURE_ORGANISATIONS.PROCEDURE_ID, dsl.select(PROCEDURES.ID).from(PROCEDURES)
                            .where(PROCEDURES.CODE.eq(THREE_DAY_PROCEDURE)).fetchSingle(PROCEDURES.ID))
                    .set(PROCEDURE_ORGANISATIONS.ORG_CODE, JUSTICE)
                    .execute();

            assertThatThrownBy(() -> desk.register(request(CONSTRUCTION, THREE_DAY_PROCEDURE)))
                    .isInstanceOf(IntakeException.class)
                    .hasMessageContaining("handlingOrgCode 'H38.17'").hasMessageContaining("[H38.13]");
            assertThat(desk.register(request(JUSTICE, THREE_DAY_PROCEDURE)).code()).isEqualTo("H38.13-250305-0001");
        }
    }

    private static IntakeRequest withDocuments(IntakeRequest r, List<String> documents) {
        return new IntakeRequest(r.procedureCode(), r.handlingOrgCode(), r.channel(), r.applicantType(),
                r.applicantName(), r.applicantIdNumber(), r.applicantPhone(), r.applicantEmail(), r.summary(),
                r.originalDossierId(), r.receivedBy(), r.department(), documents);
    }

    private TestDatabase openWithCatalogue(TestDatabase.Kind kind) {
        TestDatabase test = TestDatabase.open(kind, temporaryFolder);
        PortalFixtures.insertCatalogue(test.database().dsl());
        return test;
    }

    /** An intake desk whose clock stands at a local time of Vietnam, given as an instant in another zone. */
    static IntakeService intake(PortalDatabase database, String localTime) {
        Clock clock = Clock.fixed(at(localTime).atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);
        return new IntakeService(database, clock, WorkingHours.standard());
    }

    static IntakeRequest request(String orgCode, String procedureCode) {
        return new IntakeRequest(procedureCode, orgCode, Channel.IN_PERSON, ApplicantType.CITIZEN, "Nguyễn Văn An",
                "045090001234", "0912345678", "an@example.vn", "Đăng ký khai sinh cho con", null, "cb.tiepnhan",
                "Bộ phận Một cửa");
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}

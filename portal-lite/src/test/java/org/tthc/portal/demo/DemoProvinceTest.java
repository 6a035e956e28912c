package org.tthc.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.portal.db.Tables.APOLOGY_REAPPOINTMENTS;
import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.FINANCIAL_OBLIGATIONS;
import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;
import static org.tthc.portal.db.Tables.RATINGS;
import static org.tthc.portal.db.Tables.SUPPLEMENT_ROUNDS;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.database.TestDatabase;
import org.tthc.portal.db.tables.records.ProcessingEventsRecord;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.view.DossierReceipt;
import org.tthc.portal.view.PortalQueries;
import org.tthc.portal.workflow.WorkflowAction;

class DemoProvinceTest {
    /** Thursday 3 December 2026, 10:00 in Vietnam; the seed's eight weeks reach back into October. */
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-12-03T10:00");
    private static final Clock CLOCK = Clock.fixed(NOW.atZone(TthcTime.ZONE).toInstant(), ZoneOffset.UTC);

    @TempDir
    Path temporaryFolder;

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void seedsTheCatalogueAndDossiersInEveryStageOverTheLastWeeks(TestDatabase.Kind kind) {
        try (TestDatabase test = TestDatabase.open(kind, temporaryFolder)) {
            DemoProvince.Seeded seeded = province(test).seedIfEmpty();
            DSLContext dsl = test.database().dsl();

            assertThat(seeded.catalogue()).isTrue();
            assertThat(seeded.dossiers()).isEqualTo(DemoProvince.DOSSIER_COUNT);
            assertThat(statusesInTheStore(dsl)).isEqualTo(seeded.dossiersByStatus());
            assertThat(seeded.dossiersByStatus()).containsKeys(StatusCode.ACCEPTED, StatusCode.REFUSED_AT_INTAKE,
                    StatusCode.PROCESSING, StatusCode.WITHDRAWN, StatusCode.STOPPED, StatusCode.RESULT_RETURNED);
            assertThat(dsl.fetchCount(SUPPLEMENT_ROUNDS)).isPositive();
            assertThat(dsl.fetchCount(APOLOGY_REAPPOINTMENTS)).isPositive();
            assertThat(dsl.fetchCount(FINANCIAL_OBLIGATIONS)).isPositive();
            assertThat(dsl.fetchCount(RATINGS)).isPositive();
            assertThat(dsl.selectDistinct(DOSSIERS.HANDLING_ORG_CODE).from(DOSSIERS).fetch(DOSSIERS.HANDLING_ORG_CODE))
                    .containsExactlyInAnyOrder(DemoCatalogue.PROVINCE, DemoCatalogue.JUSTICE,
                            DemoCatalogue.CONSTRUCTION);
            assertThat(dsl.fetchCount(DOSSIERS, DOSSIERS.APPLICANT_ID_NUMBER.eq(DemoPeople.CITIZEN_ID))).isPositive();
            assertThat(dsl.fetchCount(DOSSIERS, DOSSIERS.RECEIVED_AT.lt(NOW.minusDays(DemoProvince.DAYS))
                    .or(DOSSIERS.RECEIVED_AT.gt(NOW)))).as("received in the last eight weeks").isZero();
            assertThat(dsl.fetchCount(DOSSIERS, DOSSIERS.DUE_AT.lt(DOSSIERS.FINISHED_AT)))
                    .as("some finished late").isPositive();
            String first = dsl.select(DOSSIERS.CODE).from(DOSSIERS).orderBy(DOSSIERS.ID).limit(1)
                    .fetchSingle(DOSSIERS.CODE);
            DossierReceipt receipt = new PortalQueries(test.database()).receipt(first).orElseThrow();
            assertThat(receipt.documents()).as("the documents received, for the receipt").isNotEmpty();
            assertThat(receipt.receivedBy()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void everyEventOfEveryDossierIsALegalTransitionInTimeOrder(TestDatabase.Kind kind) {
        try (TestDatabase test = TestDatabase.open(kind, temporaryFolder)) {
            province(test).seedIfEmpty();
            DSLContext dsl = test.database().dsl();
            Map<Long, Result<ProcessingEventsRecord>> events = dsl.selectFrom(PROCESSING_EVENTS)
                    .orderBy(PROCESSING_EVENTS.DOSSIER_ID, PROCESSING_EVENTS.CHANGE_SEQ)
                    .fetchGroups(PROCESSING_EVENTS.DOSSIER_ID);
            List<String> illegal = new ArrayList<>();
            dsl.selectFrom(DOSSIERS).forEach(dossier -> {
                List<ProcessingEventsRecord> path = events.get(dossier.getId());
                ProcessingEventsRecord intake = path.get(0);
                if (!IntakeService.INTAKE_ACTION.equals(intake.getAction())
                        || !intake.getOccurredAt().equals(dossier.getReceivedAt())) {
                    illegal.add(dossier.getCode() + " starts with " + intake.getAction());
                }
                StatusCode status = StatusCode.of(intake.getStatus());
                LocalDateTime time = intake.getOccurredAt();
                for (ProcessingEventsRecord event : path.subList(1, path.size())) {
                    WorkflowAction action = WorkflowAction.valueOf(event.getAction());
                    StatusCode after = StatusCode.of(event.getStatus());
                    if (!action.allowedFrom(status) || after != action.target().orElse(status)
                            || event.getOccurredAt().isBefore(time) || event.getOccurredAt().isAfter(NOW)) {
                        illegal.add(dossier.getCode() + ": " + status + " -" + action + "-> " + after + " at "
                                + event.getOccurredAt() + " after " + time);
                    }
                    status = after;
                    time = event.getOccurredAt();
                }
                if (status.code() != dossier.getStatus()) {
                    illegal.add(dossier.getCode() + " is in " + dossier.getStatus() + ", its last event says "
                            + status);
                }
            });
            assertThat(illegal).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.tthc.portal.database.TestDatabase#kinds")
    void seedingAgainAddsNothing(TestDatabase.Kind kind) {
        try (TestDatabase test = TestDatabase.open(kind, temporaryFolder)) {
            province(test).seedIfEmpty();
            DSLContext dsl = test.database().dsl();
            int procedures = dsl.fetchCount(PROCEDURES);
            int events = dsl.fetchCount(PROCESSING_EVENTS);

            DemoProvince.Seeded again = province(test).seedIfEmpty();

            assertThat(again.catalogue()).isFalse();
            assertThat(again.dossiers()).isZero();
            assertThat(dsl.fetchCount(PROCEDURES)).isEqualTo(procedures);
            assertThat(dsl.fetchCount(DOSSIERS)).isEqualTo(DemoProvince.DOSSIER_COUNT);
            assertThat(dsl.fetchCount(PROCESSING_EVENTS)).isEqualTo(events);
        }
    }

    private static DemoProvince province(TestDatabase test) {
        return new DemoProvince(test.database(), CLOCK, WorkingHours.standard());
    }

    private static Map<StatusCode, Integer> statusesInTheStore(DSLContext dsl) {
        Map<StatusCode, Integer> byStatus = new EnumMap<>(StatusCode.class);
        dsl.select(DOSSIERS.STATUS, DSL.count()).from(DOSSIERS).groupBy(DOSSIERS.STATUS)
                .forEach(r -> byStatus.put(StatusCode.of(r.value1()), r.value2()));
        return byStatus;
    }
}

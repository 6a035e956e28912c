package org.tthc.warehouse.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.spark.SharedSpark;

/**
 * Process monitoring against a hand count: three dossiers of two organisations, nine events, one step started by
 * the source's own start time, one begun before the month, one ended after it, one first event (never timed).
 */
class ProcessMonitoringTest {
    private static final String SOURCE = "fixture";
    private static final String X = "000.00.10.H97";
    private static final String Y = "000.00.11.H97";
    private static final String ONE_STOP = "Bộ phận một cửa";
    private static final String CIVIL = "Phòng Hộ tịch";
    private static final String LEGAL = "Phòng Tư pháp";
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    @TempDir
    static Path root;
    static StepTimes stepTimes;

    @BeforeAll
    static void loadFixture() {
        DeltaWarehouse warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        List<DossierEvent> events = new ArrayList<>();
        // A (X, P1): received, 2 h to transfer (deadline 09:00: overran), 48 h assessment, 26 h to finish (overran)
        events.add(event("A", 1, "2026-03-02T08:00", StatusCode.ACCEPTED, ONE_STOP, "Tiếp nhận", null, "2026-03-02T17:00"));
        events.add(event("A", 2, "2026-03-02T10:00", StatusCode.PROCESSING, ONE_STOP, "Chuyển xử lý", null, "2026-03-02T09:00"));
        events.add(event("A", 3, "2026-03-04T10:00", StatusCode.PROCESSING, CIVIL, "Thẩm định", null, "2026-03-05T17:00"));
        events.add(event("A", 4, "2026-03-05T12:00", StatusCode.FINISHED, CIVIL, "Hoàn thành", null, "2026-03-05T11:00"));
        // B (X, P2): the transfer says it started at 09:00 (3 h, no deadline); the assessment ends in April
        events.add(event("B", 1, "2026-03-03T08:00", StatusCode.ACCEPTED, ONE_STOP, "Tiếp nhận", null, null));
        events.add(event("B", 2, "2026-03-03T12:00", StatusCode.PROCESSING, ONE_STOP, "Chuyển xử lý", "2026-03-03T09:00", null));
        events.add(event("B", 3, "2026-04-01T08:00", StatusCode.PROCESSING, CIVIL, "Thẩm định", null, "2026-03-20T17:00"));
        // C (Y, P1): received on 27 February, assessed on 2 March after 72 h (2026 is no leap year; deadline that
        // morning: overran)
        events.add(event("C", 1, "2026-02-27T16:00", StatusCode.ACCEPTED, ONE_STOP, "Tiếp nhận", null, null));
        events.add(event("C", 2, "2026-03-02T16:00", StatusCode.PROCESSING, LEGAL, "Thẩm định", null, "2026-03-02T08:00"));
        IngestBatch batch = warehouse.openBatch("process-fixture");
        batch.addDossiers(List.of(dossier("A", X, "P1", "2026-03-02T08:00"), dossier("B", X, "P2", "2026-03-03T08:00"),
                dossier("C", Y, "P1", "2026-02-27T16:00")));
        batch.addEvents(events);
        batch.commit();
        stepTimes = new StepTimes(warehouse);
    }

    @Test
    void eachStepsTimeIsTheSpanSinceItsStartOrThePreviousEvent() {
        ProcessReport march = stepTimes.report(MARCH_1, MARCH_31, Optional.empty(), org -> true);

        assertThat(march.bySteps()).extracting(StepTime::step, StepTime::steps, StepTime::averageHours,
                        StepTime::longestHours, StepTime::withDeadline, StepTime::overruns)
                .containsExactly(
                        tuple("Thẩm định", 2L, hours("60.0"), hours("72.0"), 2L, 1L),
                        tuple("Hoàn thành", 1L, hours("26.0"), hours("26.0"), 1L, 1L),
                        tuple("Chuyển xử lý", 2L, hours("2.5"), hours("3.0"), 1L, 1L));
    }

    @Test
    void departmentsAreRankedByTheirAverageWait() {
        ProcessReport march = stepTimes.report(MARCH_1, MARCH_31, Optional.empty(), org -> true);

        assertThat(march.byDepartments()).extracting(StepTime::handlingOrgCode, StepTime::department,
                        StepTime::steps, StepTime::averageHours)
                .containsExactly(
                        tuple(Y, LEGAL, 1L, hours("72.0")),
                        tuple(X, CIVIL, 2L, hours("37.0")),
                        tuple(X, ONE_STOP, 2L, hours("2.5")));
    }

    @Test
    void stepsThatOverranMostComeFirst() {
        ProcessReport march = stepTimes.report(MARCH_1, MARCH_31, Optional.empty(), org -> true);

        assertThat(march.overrunSteps()).extracting(StepTime::step, StepTime::overruns, StepTime::overrunPercent)
                .containsExactly(
                        tuple("Chuyển xử lý", 1L, new BigDecimal("100.0")),
                        tuple("Hoàn thành", 1L, new BigDecimal("100.0")),
                        tuple("Thẩm định", 1L, new BigDecimal("50.0")));
    }

    @Test
    void procedurePeriodAndOrganisationsNarrowTheSteps() {
        ProcessReport procedureOne = stepTimes.report(MARCH_1, MARCH_31, Optional.of("P1"), org -> true);
        assertThat(procedureOne.bySteps()).extracting(StepTime::step, StepTime::steps, StepTime::averageHours)
                .containsExactly(tuple("Thẩm định", 2L, hours("60.0")), tuple("Hoàn thành", 1L, hours("26.0")),
                        tuple("Chuyển xử lý", 1L, hours("2.0")));

        ProcessReport april = stepTimes.report(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                Optional.empty(), org -> true);
        assertThat(april.bySteps()).extracting(StepTime::step, StepTime::averageHours, StepTime::overruns)
                .containsExactly(tuple("Thẩm định", hours("692.0"), 1L));

        ProcessReport onlyX = stepTimes.report(MARCH_1, MARCH_31, Optional.empty(), X::equals);
        assertThat(onlyX.byDepartments()).extracting(StepTime::handlingOrgCode).containsOnly(X);
        assertThat(onlyX.bySteps()).extracting(StepTime::step, StepTime::averageHours)
                .contains(tuple("Thẩm định", hours("48.0")));
    }

    @Test
    void theFilterListsTheProceduresOfTheStoredDossiers() {
        assertThat(stepTimes.procedures()).extracting(StepTimes.ProcedureChoice::code).containsExactly("P1", "P2");
    }

    private static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }

    private static DossierRecord dossier(String code, String org, String procedure, String received) {
        return new DossierRecord(SOURCE, code, procedure, "Thủ tục " + procedure, "S1", "Hộ tịch", Channel.IN_PERSON,
                ApplicantType.CITIZEN, null, org, "Cơ quan " + org, LocalDateTime.parse(received),
                LocalDateTime.parse(received).plusDays(10), StatusCode.PROCESSING, null, null, List.of(), null, null);
    }

    private static DossierEvent event(String dossier, int n, String at, StatusCode status, String department,
                                      String content, String startedAt, String dueAt) {
        return new DossierEvent(SOURCE, dossier, dossier + "-" + n, LocalDateTime.parse(at), status, "Cán bộ", null,
                department, content, startedAt == null ? null : LocalDateTime.parse(startedAt),
                dueAt == null ? null : LocalDateTime.parse(dueAt));
    }
}

package org.tthc.warehouse.quality;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.period.Period;
import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.spark.SharedSpark;

/**
 * A small warehouse for the checks: October 2025 evaluated on 2025-11-15, clean dossiers that no check may flag
 * (each the near miss of one check), and for each check the dossiers planted for it ({@link #PLANTED}).
 */
final class PlantedDossiers {
    static final Period OCTOBER = Period.month(2025, 10);
    static final Period DECEMBER = Period.month(2025, 12);
    /** 2025-11-15 10:00 in Asia/Ho_Chi_Minh. */
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2025, 11, 15, 3, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2025, 11, 15);

    static final String PORTAL = "portal";
    static final String MINISTRY = "ministry";
    static final String PROVINCE = "000.00.00.H99";
    static final String DEPARTMENT = "000.00.01.H99";
    static final String NEW_DEPARTMENT = "000.00.02.H99";
    static final String REORGANISED = "000.00.03.H99";
    static final String DISTRICT = "000.00.10.H99";
    static final String COMMUNE = "000.20.10.H99";
    static final String UNKNOWN_ORG = "000.00.77.H99";
    static final String LEVEL_2 = "1.000002.000.00.00.H99";
    static final String LEVEL_4 = "1.000004.000.00.00.H99";

    /** Per check, the rows ("dossier_code source_system") it must find in October, in its details' order. */
    static final Map<String, List<String>> PLANTED = new LinkedHashMap<>();

    static {
        PLANTED.put("missing-receive-date", List.of("H99-M1 portal", "H99-M2 portal"));
        PLANTED.put("solved-without-end-date", List.of("H99-S1 portal", "H99-S2 portal"));
        PLANTED.put("date-in-the-future", List.of("H99-F1 portal", "H99-F2 portal"));
        PLANTED.put("ended-before-received", List.of("H99-E1 portal", "H99-E2 portal"));
        PLANTED.put("inter-agency-copy-counted-twice", List.of("H99-I1 ministry", "H99-I1 portal", "H99-I2 portal"));
        PLANTED.put("due-on-non-working-day", List.of("H99-W1 portal", "H99-W2 portal"));
        PLANTED.put("organisation-not-valid-at-receipt", List.of("H99-O1 portal", "H99-O2 portal"));
        PLANTED.put("online-submission-of-level-2-procedure", List.of("H99-L1 portal"));
        PLANTED.put("procedure-not-in-catalogue", List.of("H99-L3 portal"));
    }

    private PlantedDossiers() {
    }

    /** Only the clean dossiers. */
    static DeltaWarehouse clean(Path root) {
        return warehouse(root, "clean", clean(), List.of(solvedEvent("H99-S3")));
    }

    /** The clean dossiers and the planted ones. */
    static DeltaWarehouse planted(Path root) {
        List<DossierRecord> dossiers = new ArrayList<>(clean());
        dossiers.addAll(planted());
        return warehouse(root, "planted", dossiers, List.of(solvedEvent("H99-S3")));
    }

    private static List<DossierRecord> clean() {
        return List.of(
                // received online for a level-4 procedure, solved on time with every date
                dossier("H99-C1").channel(Channel.ONLINE).status(StatusCode.RESULT_RETURNED)
                        .finished(at(10, 8, 10)).returned(at(10, 8, 11)).record(),
                // a level-2 procedure handed in at the desk
                dossier("H99-C2").procedure(LEVEL_2).received(at(10, 7, 8)).due(at(10, 9, 17)).record(),
                // newly registered, not yet accepted: no receive date yet, rightly
                dossier("H99-M3").status(StatusCode.REGISTERED).received(null).due(null).record(),
                // solved without NgayKetThucXuLy, but a progress event says when
                dossier("H99-S3").status(StatusCode.RESULT_RETURNED).received(at(10, 13, 8)).due(at(10, 15, 17))
                        .returned(at(10, 14, 10)).record(),
                // ended late in the evening of today: not in the future
                dossier("H99-F3").status(StatusCode.RESULT_RETURNED).received(at(10, 21, 8)).due(at(10, 23, 17))
                        .finished(LocalDateTime.of(2025, 11, 15, 22, 0)).returned(LocalDateTime.of(2025, 11, 15, 23, 0))
                        .record(),
                // ended at the very time it was received
                dossier("H99-E3").status(StatusCode.FINISHED).received(at(10, 24, 8)).due(at(10, 24, 17))
                        .finished(at(10, 24, 8)).record(),
                // the original, and a copy that names it (under the same code, as liên thông syncs often do)
                dossier("H99-I3").received(at(10, 8, 8)).due(at(10, 10, 17)).record(),
                dossier("H99-I3").source(MINISTRY).received(at(10, 8, 8)).due(at(10, 10, 17)).copyOf("H99-I3").record(),
                // a copy under its own code that names its original
                dossier("H99-I4").source(MINISTRY).copyOf("H99-C1").record(),
                // due on a Friday
                dossier("H99-W3").received(at(10, 1, 8)).due(at(10, 3, 17)).record(),
                // a commune created by the 2025 reform, a department valid from the very receive day, and a code
                // with two versions (before and after the reform) of which the later one was valid
                dossier("H99-O3").org(COMMUNE).received(at(10, 10, 8)).due(at(10, 14, 17)).record(),
                dossier("H99-O4").org(NEW_DEPARTMENT).received(LocalDateTime.of(2025, 10, 1, 0, 0)).due(at(10, 3, 17))
                        .record(),
                dossier("H99-O5").org(REORGANISED).received(at(10, 10, 8)).due(at(10, 14, 17)).record());
    }

    private static List<DossierRecord> planted() {
        return List.of(
                // accepted, no receive date: placed by its due date in October, or in every period with no date at all
                dossier("H99-M1").received(null).due(at(10, 20, 17)).record(),
                dossier("H99-M2").status(StatusCode.FINISHED).received(null).due(null).record(),
                // the same, placed by its due date in December: not October's
                dossier("H99-M4").received(null).due(LocalDateTime.of(2025, 12, 10, 17, 0)).record(),
                // solved (returned, withdrawn) with no end date and no event that gives one
                dossier("H99-S1").status(StatusCode.RESULT_RETURNED).received(at(10, 13, 8)).due(at(10, 15, 17))
                        .returned(at(10, 14, 10)).record(),
                dossier("H99-S2").status(StatusCode.WITHDRAWN).received(at(10, 13, 8)).due(at(10, 15, 17)).record(),
                // ended in 2026 (a typed year), received in 2052: in every period
                dossier("H99-F1").status(StatusCode.FINISHED).received(at(10, 20, 8)).due(at(10, 22, 17))
                        .finished(LocalDateTime.of(2026, 10, 20, 9, 0)).record(),
                dossier("H99-F2").received(LocalDateTime.of(2052, 10, 21, 8, 0)).due(null).record(),
                // ended an hour before it was received; returned three weeks before
                dossier("H99-E1").status(StatusCode.FINISHED).received(at(10, 22, 10)).due(at(10, 24, 17))
                        .finished(at(10, 22, 9)).record(),
                dossier("H99-E2").status(StatusCode.RESULT_RETURNED).received(at(10, 23, 8)).due(at(10, 27, 17))
                        .finished(at(10, 24, 9)).returned(at(10, 1, 9)).record(),
                // one dossier code synced by two systems, neither naming an original: both counted
                dossier("H99-I1").received(at(10, 8, 8)).due(at(10, 10, 17)).record(),
                dossier("H99-I1").source(MINISTRY).received(at(10, 8, 8)).due(at(10, 10, 17)).record(),
                // counted under a code whose other row is a copy of a different original
                dossier("H99-I2").received(at(10, 8, 8)).due(at(10, 10, 17)).record(),
                dossier("H99-I2").source(MINISTRY).received(at(10, 8, 8)).due(at(10, 10, 17)).copyOf("H99-I0").record(),
                // due on Saturday 2025-10-04 and on New Year's Day 2026
                dossier("H99-W1").received(at(10, 1, 8)).due(at(10, 4, 10)).record(),
                dossier("H99-W2").received(at(10, 27, 8)).due(LocalDateTime.of(2026, 1, 1, 17, 0)).record(),
                // handled by a district abolished on 2025-06-30, and by a code the catalogue does not have
                dossier("H99-O1").org(DISTRICT).received(at(10, 10, 8)).due(at(10, 14, 17)).record(),
                dossier("H99-O2").org(UNKNOWN_ORG).received(at(10, 10, 8)).due(at(10, 14, 17)).record(),
                // submitted online for a level-2 procedure
                dossier("H99-L1").channel(Channel.ONLINE).procedure(LEVEL_2).received(at(10, 9, 8)).due(at(10, 10, 17))
                        .record(),
                // submitted online for a procedure the catalogue does not know: not level 2 as far as anyone knows
                dossier("H99-L3").channel(Channel.ONLINE).procedure("9.999999.000.00.00.H99").record());
    }

    /** Loaded once per JVM and {@code name}, copied for each caller (the classes of this package share them). */
    private static DeltaWarehouse warehouse(Path root, String name, List<DossierRecord> dossiers,
                                            List<DossierEvent> events) {
        return EmptyWarehouses.create(SharedSpark.session(), root, CLOCK, name, warehouse -> load(warehouse, dossiers,
                events));
    }

    private static void load(DeltaWarehouse warehouse, List<DossierRecord> dossiers, List<DossierEvent> events) {
        warehouse.upsertOrganisations(List.of(
                org(PROVINCE, 1, OrganisationKind.PROVINCE, null, null, null),
                org(DEPARTMENT, 2, OrganisationKind.DEPARTMENT, PROVINCE, null, null),
                org(NEW_DEPARTMENT, 2, OrganisationKind.DEPARTMENT, PROVINCE, LocalDate.of(2025, 10, 1), null),
                org(REORGANISED, 2, OrganisationKind.DEPARTMENT, PROVINCE, null, LocalDate.of(2025, 6, 30)),
                org(REORGANISED, 2, OrganisationKind.DEPARTMENT, PROVINCE, LocalDate.of(2025, 7, 1), null),
                org(DISTRICT, 2, OrganisationKind.DISTRICT, PROVINCE, null, LocalDate.of(2025, 6, 30)),
                org(COMMUNE, 3, OrganisationKind.COMMUNE, PROVINCE, LocalDate.of(2025, 7, 1), null)));
        warehouse.upsertProcedures(List.of(
                new Procedure(LEVEL_2, "Cấp bản sao trích lục", "SEC", "Tư pháp", 2, 3, ProcessingTimeUnit.WORKING_DAYS, 0),
                new Procedure(LEVEL_4, "Đăng ký kinh doanh", "SEC", "Kế hoạch", 4, 3, ProcessingTimeUnit.WORKING_DAYS, 0)));
        IngestBatch batch = warehouse.openBatch("planted");
        batch.addDossiers(dossiers);
        batch.addEvents(events);
        batch.commit();
    }

    private static Organisation org(String code, int level, OrganisationKind kind, String parent, LocalDate from,
                                    LocalDate to) {
        return new Organisation(code, "Org " + code, level, kind, parent, from, to);
    }

    private static DossierEvent solvedEvent(String dossierCode) {
        return new DossierEvent(PORTAL, dossierCode, "e-" + dossierCode, at(10, 14, 9), StatusCode.FINISHED, "Cán bộ",
                null, null, "Hoàn thành", null, null);
    }

    /** A time of 2025: month, day, hour. */
    private static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2025, month, day, hour, 0);
    }

    private static Dossier dossier(String code) {
        return new Dossier(code);
    }

    /** A dossier handled at the department, received in person on Monday 2025-10-06 08:00, due on Wednesday. */
    private static final class Dossier {
        private final String code;
        private String source = PORTAL;
        private String procedure = LEVEL_4;
        private Channel channel = Channel.IN_PERSON;
        private String org = DEPARTMENT;
        private LocalDateTime received = at(10, 6, 8);
        private LocalDateTime due = at(10, 8, 17);
        private StatusCode status = StatusCode.PROCESSING;
        private LocalDateTime finished;
        private LocalDateTime returned;
        private String original;

        Dossier(String code) {
            this.code = code;
        }

        Dossier source(String value) {
            source = value;
            return this;
        }

        Dossier procedure(String value) {
            procedure = value;
            return this;
        }

        Dossier channel(Channel value) {
            channel = value;
            return this;
        }

        Dossier org(String value) {
            org = value;
            return this;
        }

        Dossier received(LocalDateTime value) {
            received = value;
            return this;
        }

        Dossier due(LocalDateTime value) {
            due = value;
            return this;
        }

        Dossier status(StatusCode value) {
            status = value;
            return this;
        }

        Dossier finished(LocalDateTime value) {
            finished = value;
            return this;
        }

        Dossier returned(LocalDateTime value) {
            returned = value;
            return this;
        }

        Dossier copyOf(String originalCode) {
            original = originalCode;
            return this;
        }

        DossierRecord record() {
            return new DossierRecord(source, code, procedure, "Thủ tục " + procedure, "SEC", "Lĩnh vực", channel, null,
                    "Hồ sơ " + code, org, "Đơn vị " + org, received, due, status, finished, returned, List.of(),
                    original, null);
        }
    }
}

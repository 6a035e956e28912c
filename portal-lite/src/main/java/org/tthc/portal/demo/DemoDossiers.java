package org.tthc.portal.demo;

import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCEDURE_COMPONENTS;
import static org.tthc.portal.db.Tables.PROCEDURE_STEPS;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jooq.DSLContext;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;
import org.tthc.portal.calendar.HolidayCalendar;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.demo.DemoPeople.Applicant;
import org.tthc.portal.demo.DossierPlan.Fate;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.rating.RatingService;
import org.tthc.portal.workflow.DossierWorkflow;

/**
 * Walks the demo dossiers through portal-lite's own services, each event at its own time on a {@link MovableClock}:
 * received (in person, online or by post) on a working day of the last weeks, assigned, processed step by step, now
 * and then with a supplement round, a return to the previous step, a fee to pay, late with an apology, refused at
 * intake, withdrawn or stopped; finished, returned and often rated. An event that would happen after {@code now} is
 * not taken: the dossier stays where it stands, so recent dossiers are still open, as in a real office.
 */
final class DemoDossiers {
    private static final String DESK_DEPARTMENT = "Bộ phận Một cửa";

    private final Random random;
    private final LocalDateTime now;
    private final IntakeService intake;
    private final DemoOffice office;
    private final Map<String, List<Duration>> steps;
    private final Map<String, List<String>> components;

    DemoDossiers(PortalDatabase database, WorkingHours hours, long seed, LocalDateTime now) {
        this.random = new Random(seed);
        this.now = now;
        MovableClock clock = new MovableClock();
        this.intake = new IntakeService(database, clock, hours);
        this.office = new DemoOffice(new DossierWorkflow(database, clock, hours), new RatingService(database, clock),
                clock, new OfficeTime(HolidayCalendar.load(database.dsl()), hours, random), random, now);
        this.steps = stepDurations(database.dsl());
        this.components = database.dsl().select(PROCEDURES.CODE, PROCEDURE_COMPONENTS.COMPONENT_CODE)
                .from(PROCEDURE_COMPONENTS).join(PROCEDURES).on(PROCEDURES.ID.eq(PROCEDURE_COMPONENTS.PROCEDURE_ID))
                .orderBy(PROCEDURE_COMPONENTS.COMPONENT_CODE)
                .fetchGroups(PROCEDURES.CODE, PROCEDURE_COMPONENTS.COMPONENT_CODE);
    }

    /** Receives {@code count} dossiers over the {@code days} before now and walks each; the statuses they end in. */
    Map<StatusCode, Integer> walk(int count, int days) {
        List<DossierPlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plans.add(plan(days));
        }
        plans.sort(Comparator.comparing(DossierPlan::receivedAt));
        Map<StatusCode, Integer> byStatus = new EnumMap<>(StatusCode.class);
        for (DossierPlan plan : plans) {
            byStatus.merge(receiveAndWalk(plan), 1, Integer::sum);
        }
        return byStatus;
    }

    private DossierPlan plan(int days) {
        double which = random.nextDouble();
        String procedure = which < 0.45 ? DemoCatalogue.BIRTH_REGISTRATION
                : which < 0.8 ? DemoCatalogue.CERTIFIED_COPY : DemoCatalogue.BUILDING_PERMIT;
        String org = DemoPeople.pick(random, DemoCatalogue.OFFERED_AT.get(procedure));
        double how = random.nextDouble();
        Channel channel = how < 0.5 ? Channel.ONLINE : how < 0.9 ? Channel.IN_PERSON : Channel.POSTAL;
        Applicant applicant = DemoPeople.applicant(random, procedure.equals(DemoCatalogue.BUILDING_PERMIT));
        double fateRoll = random.nextDouble();
        Fate fate = fateRoll < 0.04 ? Fate.REFUSED : fateRoll < 0.07 ? Fate.WITHDRAWN : fateRoll < 0.10 ? Fate.STOPPED
                : fateRoll < 0.22 ? Fate.LATE : Fate.REGULAR;
        return new DossierPlan(procedure, org, channel, applicant, receivedAt(days, channel), fate,
                random.nextDouble() < 0.2, random.nextDouble() < 0.85, random.nextDouble() < 0.1,
                procedure.equals(DemoCatalogue.BUILDING_PERMIT) && random.nextDouble() < 0.6,
                random.nextDouble() < 0.7, random.nextDouble() < 0.65);
    }

    /**
     * A time on one of the last {@code days} days, recent days more often: office hours of a working day, or any
     * waking hour online.
     */
    private LocalDateTime receivedAt(int days, Channel channel) {
        while (true) {
            // more of them lately: the recent ones are still open, as an inbox has them
            LocalDate day = now.toLocalDate().minusDays((long) (days * Math.pow(random.nextDouble(), 1.5)));
            LocalDateTime at;
            if (channel == Channel.ONLINE && random.nextDouble() < 0.3) {
                at = day.atTime(6, 0).plusMinutes(random.nextInt(16 * 60));
            } else if (office.time().isWorkingDay(day)) {
                at = office.time().workingMinute(day, random.nextInt(WorkingHours.HOURS_PER_WORKING_DAY * 60));
            } else {
                continue;
            }
            if (at.isBefore(now)) {
                return at;
            }
        }
    }

    /** Registers the dossier at its time of receipt, then walks it; returns the status it ends in (now). */
    private StatusCode receiveAndWalk(DossierPlan plan) {
        office.clock().set(plan.receivedAt());
        boolean desk = plan.channel() != Channel.ONLINE;
        String code = intake.register(new IntakeRequest(plan.procedure(), plan.org(), plan.channel(),
                plan.applicant().type(), plan.applicant().name(), plan.applicant().idNumber(),
                plan.applicant().phone(), null, summary(plan.procedure()), null,
                desk ? DemoPeople.desk(plan.org()) : "online", desk ? DESK_DEPARTMENT : null,
                components.get(plan.procedure()))).code();
        return new DossierWalk(office, plan, code, steps.get(plan.procedure())).walk();
    }

    private static String summary(String procedure) {
        return switch (procedure) {
            case DemoCatalogue.BIRTH_REGISTRATION -> "Đăng ký khai sinh cho con";
            case DemoCatalogue.CERTIFIED_COPY -> "Chứng thực bản sao sổ hộ khẩu, giấy khai sinh";
            default -> "Xin cấp giấy phép xây dựng nhà ở riêng lẻ";
        };
    }

    /** Each procedure's step durations in working time, in step order. */
    private static Map<String, List<Duration>> stepDurations(DSLContext dsl) {
        Map<String, List<Duration>> durations = new HashMap<>();
        dsl.select(PROCEDURES.CODE, PROCEDURE_STEPS.DURATION, PROCEDURE_STEPS.DURATION_UNIT)
                .from(PROCEDURE_STEPS).join(PROCEDURES).on(PROCEDURES.ID.eq(PROCEDURE_STEPS.PROCEDURE_ID))
                .orderBy(PROCEDURES.CODE, PROCEDURE_STEPS.STEP_ORDER)
                .forEach(r -> durations.computeIfAbsent(r.value1(), code -> new ArrayList<>()).add(Duration.ofHours(
                        ProcessingTimeUnit.valueOf(r.value3()) == ProcessingTimeUnit.WORKING_DAYS
                                ? (long) r.value2() * WorkingHours.HOURS_PER_WORKING_DAY : r.value2())));
        return durations;
    }
}

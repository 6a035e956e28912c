package org.tthc.portal.demo;

import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCEDURE_COMPONENTS;
import static org.tthc.portal.db.Tables.PROCEDURE_STEPS;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jooq.DSLContext;
import org.tthc.domain.calendar.AppointmentDates;
import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;
import org.tthc.portal.calendar.HolidayCalendar;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.demo.DemoPeople.Applicant;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.rating.Rating;
import org.tthc.portal.rating.RatingService;
import org.tthc.portal.workflow.Actor;
import org.tthc.portal.workflow.Assignee;
import org.tthc.portal.workflow.DossierState;
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
    private final MovableClock clock = new MovableClock();
    private final IntakeService intake;
    private final DossierWorkflow workflow;
    private final RatingService ratings;
    private final WorkingCalendar calendar;
    private final WorkingHours hours;
    private final AppointmentDates dates;
    private final Map<String, List<Duration>> steps;
    private final Map<String, List<String>> components;
    private final Map<StatusCode, Integer> byStatus = new EnumMap<>(StatusCode.class);

    DemoDossiers(PortalDatabase database, WorkingHours hours, long seed, LocalDateTime now) {
        this.random = new Random(seed);
        this.now = now;
        this.hours = hours;
        this.intake = new IntakeService(database, clock, hours);
        this.workflow = new DossierWorkflow(database, clock, hours);
        this.ratings = new RatingService(database, clock);
        this.calendar = HolidayCalendar.load(database.dsl());
        this.dates = new AppointmentDates(calendar, hours);
        this.steps = stepDurations(database.dsl());
        this.components = database.dsl().select(PROCEDURES.CODE, PROCEDURE_COMPONENTS.COMPONENT_CODE)
                .from(PROCEDURE_COMPONENTS).join(PROCEDURES).on(PROCEDURES.ID.eq(PROCEDURE_COMPONENTS.PROCEDURE_ID))
                .orderBy(PROCEDURE_COMPONENTS.COMPONENT_CODE)
                .fetchGroups(PROCEDURES.CODE, PROCEDURE_COMPONENTS.COMPONENT_CODE);
    }

    /** Receives {@code count} dossiers over the {@code days} before now and walks each; the statuses they end in. */
    Map<StatusCode, Integer> walk(int count, int days) {
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plans.add(plan(days));
        }
        plans.sort(Comparator.comparing(Plan::receivedAt));
        for (Plan plan : plans) {
            StatusCode last = walk(plan);
            byStatus.merge(last, 1, Integer::sum);
        }
        return byStatus;
    }

    private enum Fate { REGULAR, LATE, REFUSED, WITHDRAWN, STOPPED }

    private record Plan(String procedure, String org, Channel channel, Applicant applicant, LocalDateTime receivedAt,
                        Fate fate, boolean supplement, boolean supplementAnswered, boolean returnedForRework,
                        boolean fee, boolean apology, boolean rated) {
    }

    private Plan plan(int days) {
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
        return new Plan(procedure, org, channel, applicant, receivedAt(days, channel), fate,
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
            } else if (calendar.isWorkingDay(day)) {
                at = dates.addWorkingTime(day.atTime(hours.morningStart()),
                        Duration.ofMinutes(random.nextInt(WorkingHours.HOURS_PER_WORKING_DAY * 60)));
            } else {
                continue;
            }
            if (at.isBefore(now)) {
                return at;
            }
        }
    }

    /** The dossier's whole path; returns the status it ends in (now). */
    private StatusCode walk(Plan plan) {
        Dossier d = new Dossier(plan);
        clock.set(plan.receivedAt());
        boolean desk = plan.channel() != Channel.ONLINE;
        d.code = intake.register(new IntakeRequest(plan.procedure(), plan.org(), plan.channel(),
                plan.applicant().type(), plan.applicant().name(), plan.applicant().idNumber(),
                plan.applicant().phone(), null, summary(plan.procedure()), null,
                desk ? DemoPeople.desk(plan.org()) : "online", desk ? DESK_DEPARTMENT : null,
                components.get(plan.procedure()))).code();
        d.status = StatusCode.ACCEPTED;
        d.t = plan.receivedAt();
        return d.walk();
    }

    /** One dossier on its way: its code, where it stands, and the time of its last event. */
    private final class Dossier {
        final Plan plan;
        final Actor desk;
        final Actor applicant;
        final List<Duration> stepTimes;
        String code;
        StatusCode status;
        LocalDateTime t;
        LocalDateTime due;

        Dossier(Plan plan) {
            this.plan = plan;
            this.desk = Actor.officer(DemoPeople.desk(plan.org()));
            this.applicant = Actor.applicant(plan.applicant().idNumber());
            this.stepTimes = steps.get(plan.procedure());
        }

        StatusCode walk() {
            if (plan.fate() == Fate.REFUSED) {
                if (next(minutes(20, 120))) {
                    workflow.refuseAtIntake(code, desk, "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan");
                    status = StatusCode.REFUSED_AT_INTAKE;
                }
                return status;
            }
            if (!next(minutes(10, 12 * 60))) {
                return status;
            }
            track(workflow.assign(code, desk, Assignee.officer(officer(1))));
            for (int order = 1; order <= stepTimes.size(); order++) {
                if (!step(order)) {
                    return status;
                }
            }
            if (!next(minutes(30, 16 * 60))) {
                return status;
            }
            track(workflow.returnResult(code, desk));
            if (plan.rated() && next(minutes(0, 24 * 60))) {
                ratings.rate(code, applicant, rating());
            }
            return status;
        }

        /** Step {@code order}: its work, the detours the plan holds there, then forward or finish. */
        private boolean step(int order) {
            boolean last = order == stepTimes.size();
            Duration work = fraction(stepTimes.get(order - 1), 0.2, 0.9);
            if (order == 1 && plan.supplement() && !supplementRound(work)) {
                return false;
            }
            if (order == 1 && plan.fate() == Fate.WITHDRAWN) {
                if (next(work.dividedBy(2))) {
                    track(workflow.withdraw(code, applicant, "Người nộp không còn nhu cầu giải quyết"));
                }
                return false;
            }
            if (order == 1 && plan.fate() == Fate.STOPPED) {
                if (next(work)) {
                    track(workflow.stop(code, Actor.officer(officer(1)),
                            "Thông tin đất đai không phù hợp quy hoạch, không đủ điều kiện giải quyết"));
                }
                return false;
            }
            if (order == 2 && plan.returnedForRework() && !last) {
                if (!next(work.dividedBy(2))) {
                    return false;
                }
                track(workflow.returnToPreviousStep(code, Actor.officer(officer(2)), Assignee.officer(officer(1)),
                        "Cần thẩm định lại hồ sơ"));
                if (!next(work.dividedBy(2))) {
                    return false;
                }
                track(workflow.forward(code, Actor.officer(officer(1)), Assignee.officer(officer(2))));
            }
            if (last && plan.fee() && !feePaid()) {
                return false;
            }
            if (last && plan.fate() == Fate.LATE) {
                return lateFinish();
            }
            if (!next(work)) {
                return false;
            }
            track(last ? workflow.finish(code, Actor.officer(officer(order)))
                    : workflow.forward(code, Actor.officer(officer(order)), Assignee.officer(officer(order + 1))));
            return true;
        }

        /** Asks for more papers part way through the step; most applicants bring them some working days later. */
        private boolean supplementRound(Duration work) {
            if (!next(work.dividedBy(3))) {
                return false;
            }
            track(workflow.requestSupplement(code, Actor.officer(officer(1)),
                    "Bổ sung bản sao giấy tờ tùy thân của người nộp hồ sơ"));
            if (!plan.supplementAnswered()) {
                if (next(Duration.ofHours(15L * WorkingHours.HOURS_PER_WORKING_DAY))) {
                    track(workflow.stop(code, Actor.officer(officer(1)),
                            "Quá thời hạn bổ sung hồ sơ mà người nộp không bổ sung"));
                }
                return false;
            }
            if (!next(minutes(4 * 60, 5 * WorkingHours.HOURS_PER_WORKING_DAY * 60))) {
                return false;
            }
            track(workflow.completeSupplement(code, applicant));
            return true;
        }

        /** The fee of the permit: asked for at the last step, paid a few working hours later. */
        private boolean feePaid() {
            if (!next(minutes(30, 4 * 60))) {
                return false;
            }
            track(workflow.requestFinancialObligation(code, Actor.officer(officer(stepTimes.size())), 75_000,
                    "Lệ phí cấp giấy phép xây dựng"));
            if (!next(minutes(2 * 60, 16 * 60))) {
                return false;
            }
            track(workflow.confirmFinancialObligation(code, applicant));
            return true;
        }

        /** Finishes one to three working days after the due date, most often with an apology and a new date first. */
        private boolean lateFinish() {
            LocalDateTime start = t.isAfter(due) ? t : due;
            LocalDateTime finishAt = later(start, minutes(8 * 60, 3 * WorkingHours.HOURS_PER_WORKING_DAY * 60));
            Actor officer = Actor.officer(officer(stepTimes.size()));
            if (plan.apology()) {
                if (!next(minutes(10, 60))) {
                    return false;
                }
                LocalDateTime promised = later(finishAt, minutes(4 * 60, WorkingHours.HOURS_PER_WORKING_DAY * 60));
                track(workflow.apologizeAndReappoint(code, Actor.officer(DemoPeople.desk(plan.org())), promised,
                        "Hồ sơ cần xin ý kiến cơ quan liên quan"));
            }
            if (!finishAt.isAfter(t) || !at(finishAt)) {
                return false;
            }
            track(workflow.finish(code, officer));
            return true;
        }

        private Rating rating() {
            double roll = random.nextDouble();
            int overall = roll < 0.55 ? 1 : roll < 0.9 ? 2 : 3;
            return new Rating(overall, indicator(overall), indicator(overall), indicator(overall), indicator(overall));
        }

        private Integer indicator(int overall) {
            double roll = random.nextDouble();
            if (roll < 0.15) {
                return null;
            }
            return overall == 3 ? random.nextInt(2) : roll < 0.75 ? 2 : 1;
        }

        private String officer(int order) {
            return DemoPeople.officerOfStep(plan.org(), order);
        }

        private void track(DossierState state) {
            status = state.status();
            due = state.dueAt();
        }

        /** Moves the clock {@code workingTime} on; false (and nothing moves) when that is after now. */
        private boolean next(Duration workingTime) {
            return at(later(t, workingTime));
        }

        private boolean at(LocalDateTime time) {
            if (time.isAfter(now)) {
                return false;
            }
            t = time;
            clock.set(time);
            return true;
        }
    }

    /** {@code workingTime} of office hours after {@code from} (from the next session when outside office hours). */
    private LocalDateTime later(LocalDateTime from, Duration workingTime) {
        return dates.addWorkingTime(inOfficeHours(from), workingTime).plusSeconds(random.nextInt(60));
    }

    private LocalDateTime inOfficeHours(LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        LocalTime at = time.toLocalTime();
        if (!calendar.isWorkingDay(day) || !at.isBefore(hours.afternoonEnd())) {
            return calendar.addWorkingDays(day, 1).atTime(hours.morningStart());
        }
        if (at.isBefore(hours.morningStart())) {
            return day.atTime(hours.morningStart());
        }
        if (!at.isBefore(hours.morningEnd()) && at.isBefore(hours.afternoonStart())) {
            return day.atTime(hours.afternoonStart());
        }
        return time;
    }

    private Duration minutes(int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from + 1));
    }

    private Duration fraction(Duration of, double from, double to) {
        return Duration.ofMinutes(Math.max(5, (long) (of.toMinutes() * (from + random.nextDouble() * (to - from)))));
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
        Map<String, List<Duration>> durations = new java.util.HashMap<>();
        dsl.select(PROCEDURES.CODE, PROCEDURE_STEPS.DURATION, PROCEDURE_STEPS.DURATION_UNIT)
                .from(PROCEDURE_STEPS).join(PROCEDURES).on(PROCEDURES.ID.eq(PROCEDURE_STEPS.PROCEDURE_ID))
                .orderBy(PROCEDURES.CODE, PROCEDURE_STEPS.STEP_ORDER)
                .forEach(r -> durations.computeIfAbsent(r.value1(), code -> new ArrayList<>()).add(Duration.ofHours(
                        ProcessingTimeUnit.valueOf(r.value3()) == ProcessingTimeUnit.WORKING_DAYS
                                ? (long) r.value2() * WorkingHours.HOURS_PER_WORKING_DAY : r.value2())));
        return durations;
    }
}

package org.tthc.portal.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.portal.demo.DossierPlan.Fate;
import org.tthc.portal.rating.Rating;
import org.tthc.portal.workflow.Actor;
import org.tthc.portal.workflow.Assignee;
import org.tthc.portal.workflow.DossierState;
import org.tthc.portal.workflow.DossierWorkflow;

/**
 * One demo dossier on its way after intake, as its {@link DossierPlan} says: each event through the workflow or
 * rating service at its own time, the clock moved there first. It stops at the first event that would fall after now.
 */
final class DossierWalk {
    private final DemoOffice office;
    private final DossierWorkflow workflow;
    private final OfficeTime time;
    private final DossierPlan plan;
    private final Actor desk;
    private final Actor applicant;
    private final List<Duration> stepTimes;
    private final String code;
    private StatusCode status = StatusCode.ACCEPTED;
    private LocalDateTime t;
    private LocalDateTime due;

    /** The dossier {@code code}, just received as {@code plan} says, its procedure's steps taking {@code stepTimes}. */
    DossierWalk(DemoOffice office, DossierPlan plan, String code, List<Duration> stepTimes) {
        this.office = office;
        this.workflow = office.workflow();
        this.time = office.time();
        this.plan = plan;
        this.code = code;
        this.stepTimes = stepTimes;
        this.desk = Actor.officer(DemoPeople.desk(plan.org()));
        this.applicant = Actor.applicant(plan.applicant().idNumber());
        this.t = plan.receivedAt();
    }

    /** Takes every event of the plan up to now; returns the status the dossier ends in. */
    StatusCode walk() {
        if (plan.fate() == Fate.REFUSED) {
            if (next(time.minutes(20, 120))) {
                workflow.refuseAtIntake(code, desk, "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan");
                status = StatusCode.REFUSED_AT_INTAKE;
            }
            return status;
        }
        if (!next(time.minutes(10, 12 * 60))) {
            return status;
        }
        track(workflow.assign(code, desk, Assignee.officer(officer(1))));
        for (int order = 1; order <= stepTimes.size(); order++) {
            if (!step(order)) {
                return status;
            }
        }
        if (!next(time.minutes(30, 16 * 60))) {
            return status;
        }
        track(workflow.returnResult(code, desk));
        if (plan.rated() && next(time.minutes(0, 24 * 60))) {
            office.ratings().rate(code, applicant, rating());
        }
        return status;
    }

    /** Step {@code order}: its work, the detours the plan holds there, then forward or finish. */
    private boolean step(int order) {
        boolean last = order == stepTimes.size();
        Duration work = time.fraction(stepTimes.get(order - 1), 0.2, 0.9);
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
                        "Hồ sơ không đủ điều kiện giải quyết theo quy định"));
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
        if (!next(time.minutes(4 * 60, 5 * WorkingHours.HOURS_PER_WORKING_DAY * 60))) {
            return false;
        }
        track(workflow.completeSupplement(code, applicant));
        return true;
    }

    /** The fee of the permit: asked for at the last step, paid a few working hours later. */
    private boolean feePaid() {
        if (!next(time.minutes(30, 4 * 60))) {
            return false;
        }
        track(workflow.requestFinancialObligation(code, Actor.officer(officer(stepTimes.size())), 75_000,
                "Lệ phí cấp giấy phép xây dựng"));
        if (!next(time.minutes(2 * 60, 16 * 60))) {
            return false;
        }
        track(workflow.confirmFinancialObligation(code, applicant));
        return true;
    }

    /** Finishes one to three working days after the due date, most often with an apology and a new date first. */
    private boolean lateFinish() {
        LocalDateTime start = t.isAfter(due) ? t : due;
        LocalDateTime finishAt = time.later(start, time.minutes(8 * 60, 3 * WorkingHours.HOURS_PER_WORKING_DAY * 60));
        Actor officer = Actor.officer(officer(stepTimes.size()));
        if (plan.apology()) {
            if (!next(time.minutes(10, 60))) {
                return false;
            }
            LocalDateTime promised = time.later(finishAt,
                    time.minutes(4 * 60, WorkingHours.HOURS_PER_WORKING_DAY * 60));
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
        double roll = office.random().nextDouble();
        int overall = roll < 0.55 ? 1 : roll < 0.9 ? 2 : 3;
        return new Rating(overall, indicator(overall), indicator(overall), indicator(overall), indicator(overall));
    }

    private Integer indicator(int overall) {
        double roll = office.random().nextDouble();
        if (roll < 0.15) {
            return null;
        }
        return overall == 3 ? office.random().nextInt(2) : roll < 0.75 ? 2 : 1;
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
        return at(time.later(t, workingTime));
    }

    private boolean at(LocalDateTime time) {
        if (time.isAfter(office.now())) {
            return false;
        }
        t = time;
        office.clock().set(time);
        return true;
    }
}

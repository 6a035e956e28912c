package org.tthc.ingestion.sample;

import static org.tthc.ingestion.sample.WorkingTime.CLOSING;
import static org.tthc.ingestion.sample.WorkingTime.SECONDS_PER_DAY;
import static org.tthc.ingestion.sample.WorkingTime.WORKDAY;
import static org.tthc.ingestion.sample.WorkingTime.lastSecondOf;
import static org.tthc.ingestion.sample.WorkingTime.ordinalOfWork;

import java.util.SplittableRandom;

import org.tthc.domain.dossier.Channel;
import org.tthc.ingestion.sample.Staff.Role;

/**
 * A dossier's life from intake to hand-over, on the office-time line of {@link WorkingTime}. Outcomes per 100,000
 * dossiers: 500 refused at intake (3), 500 withdrawn (7), 150 stopped (8), 3,000 with a supplement round (5, then
 * back to 4; a tenth never delivered), 200 late after an apology re-appointment, 800 late, the rest on time. The due
 * date is {@code receive day + processing days} working days, at the receive time of day (same-day procedures: 17:00
 * of the receive day) — computed with the platform's {@link org.tthc.domain.calendar.WorkingCalendar}. Events at or
 * after the snapshot are generated but not visible: those dossiers are still pending in the data.
 */
final class DossierLifecycle {
    private static final int REFUSED = 500;
    private static final int WITHDRAWN = REFUSED + 500;
    private static final int STOPPED = WITHDRAWN + 150;
    private static final int SUPPLEMENT = STOPPED + 3_000;
    private static final int APOLOGY = SUPPLEMENT + 200;
    private static final int LATE = APOLOGY + 800;
    private static final int MAX_EVENTS = 8;
    private static final int MAX_EXTRA_STEPS = 4;

    private final WorkingTime time;
    private final Staff staff;
    private final long snapshotAt;

    DossierLifecycle(WorkingTime time, Staff staff, long snapshotAt) {
        this.time = time;
        this.staff = staff;
        this.snapshotAt = snapshotAt;
    }

    /** Fills the draft's timeline; the draft already names its procedure, organisation and channel. */
    void live(DossierDraft d, int days, long receivedWork, SplittableRandom r) {
        d.reset();
        int receivedDay = ordinalOfWork(receivedWork);
        d.receivedAt = time.toLocal(receivedWork);
        int roll = r.nextInt(100_000);
        if (roll < REFUSED) {
            d.dueAt = DossierDraft.NONE;
            long at = Math.min(receivedWork + 60 + r.nextInt(900), lastSecondOf(receivedDay));
            d.addEvent(time.toLocal(at), 3, officer(d, Role.ONE_STOP, r), StepTexts.REFUSED, DossierDraft.NONE);
            d.visibleEvents = visible(d);
            return;
        }
        int dueDay = receivedDay + days;
        d.dueAt = dueAt(dueDay, days, secondOfDay(d.receivedAt));
        long processingDeadline = time.localAt(receivedDay + (days * 4 + 4) / 5, CLOSING);
        d.addEvent(d.receivedAt, 2, officer(d, Role.ONE_STOP, r), StepTexts.RECEIVED,
                time.localAt(receivedDay, CLOSING));
        long transferred = Math.min(receivedWork + 60 + r.nextInt(1800), lastSecondOf(receivedDay) - 240);
        d.addEvent(time.toLocal(transferred), 4, officer(d, Role.SPECIALIST, r), StepTexts.TRANSFERRED,
                processingDeadline);
        long dueDayEnd = lastSecondOf(dueDay);
        if (roll < WITHDRAWN) {
            endEarly(d, r, transferred, between(r, transferred, dueDayEnd), 7, Role.ONE_STOP, StepTexts.WITHDRAWN,
                    processingDeadline);
        } else if (roll < STOPPED) {
            endEarly(d, r, transferred, between(r, transferred, dueDayEnd), 8, Role.LEADER, StepTexts.STOPPED,
                    processingDeadline);
        } else if (roll < SUPPLEMENT) {
            supplementRound(d, r, days, transferred, dueDay, processingDeadline);
        } else if (roll < APOLOGY) {
            long apology = between(r, transferred, dueDayEnd);
            d.addEvent(time.toLocal(apology), 4, officer(d, Role.LEADER, r), StepTexts.APOLOGY, d.dueAt);
            process(d, r, days, apology, dueDay, d.dueAt, true, processingDeadline);
        } else {
            process(d, r, days, transferred, dueDay, d.dueAt, roll < LATE, processingDeadline);
        }
        d.visibleEvents = visible(d);
    }

    private void endEarly(DossierDraft d, SplittableRandom r, long from, long end, int status, Role role,
                          byte[] text, long processingDeadline) {
        if (end - from >= 2) {
            d.addEvent(time.toLocal(from + (end - from) / 2), 4, officer(d, Role.SPECIALIST, r),
                    StepTexts.PROCESSING[0], processingDeadline);
        }
        d.addEvent(time.toLocal(end), status, officer(d, role, r), text, DossierDraft.NONE);
    }

    /**
     * The agency asks for more papers before the due date; the applicant brings them 1–8 working days later. Most
     * rounds give a new appointment (processing time restarts from the complete dossier, NgayHenTraMoi); the others
     * leave it out, and the due date shifts by the working days spent waiting (statistics-rules §4).
     */
    private void supplementRound(DossierDraft d, SplittableRandom r, int days, long transferred, int dueDay,
                                 long processingDeadline) {
        long requested = between(r, transferred, lastSecondOf(dueDay));
        Staff.Officer requester = officer(d, Role.SPECIALIST, r);
        d.supplementRequestEvent = d.eventCount;
        d.supplementOfficer = requester;
        d.addEvent(time.toLocal(requested), 5, requester, StepTexts.SUPPLEMENT_REQUESTED, DossierDraft.NONE);
        if (r.nextInt(10) == 0) {
            return; // the applicant never brings the papers: the dossier waits at status 5
        }
        int waited = 1 + r.nextInt(8);
        int deliveredDay = ordinalOfWork(requested) + waited;
        long delivered = (long) deliveredDay * WORKDAY + r.nextInt(WORKDAY - 900);
        int newDueDay;
        long newDue;
        if (r.nextInt(10) < 8) {
            newDueDay = deliveredDay + days;
            newDue = dueAt(newDueDay, days, secondOfDay(time.toLocal(delivered)));
            d.supplementNewDueAt = newDue;
        } else {
            newDueDay = dueDay + waited;
            newDue = time.localAt(newDueDay, secondOfDay(d.dueAt));
        }
        d.supplementDeliveryEvent = d.eventCount;
        d.addEvent(time.toLocal(delivered), 4, officer(d, Role.ONE_STOP, r), StepTexts.SUPPLEMENT_RECEIVED, newDue);
        process(d, r, days, delivered, newDueDay, newDue, r.nextInt(100) < 3, processingDeadline);
    }

    /** Processing steps, then finished (9) on time or late, then the result handed over (10). */
    private void process(DossierDraft d, SplittableRandom r, int days, long from, int dueDay, long due, boolean late,
                         long processingDeadline) {
        int steps = Math.min(r.nextInt(MAX_EXTRA_STEPS + 1), MAX_EVENTS - 2 - d.eventCount);
        long finished;
        if (late) {
            finished = (long) (dueDay + 1 + r.nextInt(5)) * WORKDAY + r.nextInt(WORKDAY);
        } else {
            int fromDay = ordinalOfWork(from);
            int day = dueDay <= fromDay ? fromDay : fromDay + r.nextInt(dueDay - fromDay + 1);
            long lo = Math.max(from + steps + 2, (long) day * WORKDAY);
            long hi = lastSecondOf(day);
            finished = lo >= hi ? lo : lo + r.nextLong(hi - lo + 1);
        }
        long span = finished - from;
        steps = (int) Math.min(steps, span - 1);
        long segment = span / (steps + 1);
        for (int i = 0; i < steps; i++) {
            long at = from + (i + 1) * segment - r.nextLong(segment);
            if (i == steps - 1 && steps >= 2) {
                d.addEvent(time.toLocal(at), 4, officer(d, Role.LEADER, r), StepTexts.APPROVED, due);
            } else {
                d.addEvent(time.toLocal(at), 4, officer(d, Role.SPECIALIST, r), StepTexts.PROCESSING[i],
                        processingDeadline);
            }
        }
        d.addEvent(time.toLocal(finished), 9, officer(d, Role.SPECIALIST, r), StepTexts.FINISHED, due);
        long handOver = d.channel == Channel.ONLINE ? 60 + r.nextInt(3600)
                : days == 0 ? 60 + r.nextInt(1800) : 60 + r.nextInt(2 * WORKDAY);
        d.addEvent(time.toLocal(finished + handOver), 10, officer(d, Role.ONE_STOP, r), StepTexts.RETURNED, due);
    }

    /** NgayHenTra for a due working day: the receive time of day, or 17:00 for same-day procedures. */
    private long dueAt(int dueDay, int days, int receivedSecondOfDay) {
        return time.localAt(dueDay, days == 0 ? CLOSING : receivedSecondOfDay);
    }

    private Staff.Officer officer(DossierDraft d, Role role, SplittableRandom r) {
        return staff.pick(d.organisation, role, r);
    }

    private int visible(DossierDraft d) {
        int v = 0;
        while (v < d.eventCount && d.eventAt[v] < snapshotAt) {
            v++;
        }
        return v;
    }

    /** A work second in {@code (after, upTo]}. */
    private static long between(SplittableRandom r, long after, long upTo) {
        return upTo <= after ? after + 1 : after + 1 + r.nextLong(upTo - after);
    }

    private static int secondOfDay(long local) {
        return (int) Math.floorMod(local, SECONDS_PER_DAY);
    }
}

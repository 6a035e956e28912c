package org.tthc.ingestion.sample;

import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;

/**
 * One dossier's whole history as the generator makes it, reused from dossier to dossier (no allocation per record).
 * Times are local seconds (see {@link WorkingTime}); events are in time order. The wire record shows the state after
 * the first {@code visibleEvents} events: the ones before the snapshot, or fewer for an older re-synced copy.
 */
final class DossierDraft {
    static final int MAX_EVENTS = 10;
    static final long NONE = Long.MIN_VALUE;

    int procedure;
    int organisation;
    Channel channel;
    ApplicantType applicantType;
    int applicant;
    long idNumber;
    int idDigits;
    long phone;
    int emailNumber;
    boolean hasEmail;
    boolean digitised;
    int onlinePayment;
    /** The dossier code, ASCII. */
    final byte[] code = new byte[40];
    int codeLength;

    long receivedAt;
    long dueAt;
    int eventCount;
    int visibleEvents;
    final long[] eventAt = new long[MAX_EVENTS];
    final int[] eventStatus = new int[MAX_EVENTS];
    final Staff.Officer[] eventOfficer = new Staff.Officer[MAX_EVENTS];
    final byte[][] eventText = new byte[MAX_EVENTS][];
    final long[] stepDueAt = new long[MAX_EVENTS];

    /** Index of the supplement request (status 5) and of the applicant's delivery (back to 4); -1 when none. */
    int supplementRequestEvent;
    int supplementDeliveryEvent;
    Staff.Officer supplementOfficer;
    /** NgayHenTraMoi of the supplement round, or NONE when the source leaves it out. */
    long supplementNewDueAt;

    void reset() {
        eventCount = 0;
        visibleEvents = 0;
        supplementRequestEvent = -1;
        supplementDeliveryEvent = -1;
        supplementOfficer = null;
        supplementNewDueAt = NONE;
    }

    void addEvent(long at, int status, Staff.Officer officer, byte[] text, long stepDue) {
        int i = eventCount++;
        eventAt[i] = at;
        eventStatus[i] = status;
        eventOfficer[i] = officer;
        eventText[i] = text;
        stepDueAt[i] = stepDue;
    }

    /** Time of the first visible event with {@code status}, or NONE. */
    long firstVisible(int status) {
        for (int i = 0; i < visibleEvents; i++) {
            if (eventStatus[i] == status) {
                return eventAt[i];
            }
        }
        return NONE;
    }

    DossierDraft copy() {
        DossierDraft c = new DossierDraft();
        c.procedure = procedure;
        c.organisation = organisation;
        c.channel = channel;
        c.applicantType = applicantType;
        c.applicant = applicant;
        c.idNumber = idNumber;
        c.idDigits = idDigits;
        c.phone = phone;
        c.emailNumber = emailNumber;
        c.hasEmail = hasEmail;
        c.digitised = digitised;
        c.onlinePayment = onlinePayment;
        System.arraycopy(code, 0, c.code, 0, code.length);
        c.codeLength = codeLength;
        c.receivedAt = receivedAt;
        c.dueAt = dueAt;
        c.eventCount = eventCount;
        c.visibleEvents = visibleEvents;
        System.arraycopy(eventAt, 0, c.eventAt, 0, MAX_EVENTS);
        System.arraycopy(eventStatus, 0, c.eventStatus, 0, MAX_EVENTS);
        System.arraycopy(eventOfficer, 0, c.eventOfficer, 0, MAX_EVENTS);
        System.arraycopy(eventText, 0, c.eventText, 0, MAX_EVENTS);
        System.arraycopy(stepDueAt, 0, c.stepDueAt, 0, MAX_EVENTS);
        c.supplementRequestEvent = supplementRequestEvent;
        c.supplementDeliveryEvent = supplementDeliveryEvent;
        c.supplementOfficer = supplementOfficer;
        c.supplementNewDueAt = supplementNewDueAt;
        return c;
    }
}

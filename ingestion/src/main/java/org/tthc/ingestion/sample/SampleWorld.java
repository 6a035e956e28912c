package org.tthc.ingestion.sample;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.tthc.domain.calendar.WorkingCalendar;

/**
 * Everything the month generators share, built once and read-only afterwards: the catalogue's organisations and
 * procedures ready for the wire, staff rosters, names, the working-time line and the time format.
 */
record SampleWorld(SampleCatalogue catalogue, OrganisationDirectory organisations, ProcedureTable procedures,
                   PeopleNames names, Staff staff, Applicants applicants, WorkingTime time,
                   WireTimeFormat timeFormat, DossierLifecycle lifecycle, long snapshotAt) {
    /** Late and re-appointed dossiers received just before the snapshot end well within this many days after it. */
    private static final int DAYS_AFTER_SNAPSHOT = 400;
    private static final long WORLD_SEED = 1945L;

    static SampleWorld create(SampleConfig config, SampleCatalogue catalogue, WorkingCalendar calendar) {
        SplittableRandom random = new SplittableRandom(WORLD_SEED);
        LocalDate from = config.from().atDay(1);
        LocalDate to = config.snapshotDay().plusDays(DAYS_AFTER_SNAPSHOT);
        OrganisationDirectory organisations = new OrganisationDirectory(catalogue.organisations(), catalogue.successions(),
                random);
        PeopleNames names = new PeopleNames();
        Staff staff = new Staff(organisations, names, random);
        WorkingTime time = new WorkingTime(calendar, from, to);
        long snapshotAt = config.snapshotDay().toEpochDay() * WorkingTime.SECONDS_PER_DAY;
        return new SampleWorld(catalogue, organisations,
                new ProcedureTable(catalogue.sampleProcedures(), organisations), names, staff,
                new Applicants(names), time, new WireTimeFormat(from, to),
                new DossierLifecycle(time, staff, snapshotAt), snapshotAt);
    }
}

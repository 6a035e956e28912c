package org.tthc.portal.workflow;

import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;

import java.nio.file.Path;
import java.util.List;

import org.jooq.DSLContext;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.portal.database.PortalFixtures;
import org.tthc.portal.database.TestDatabase;
import org.tthc.portal.db.tables.records.DossiersRecord;
import org.tthc.portal.db.tables.records.ProcessingEventsRecord;
import org.tthc.portal.intake.IntakeRequest;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.rating.RatingService;

/** A one-stop office for a workflow test: a fresh database with the catalogue and steps, one clock for all. */
public final class Office implements AutoCloseable {
    public static final String APPLICANT_ID = "045090001234";
    public static final Actor DESK = Actor.officer("cb.tiepnhan");
    public static final Actor EXAMINER = Actor.officer("cv.hotich");
    public static final Actor APPLICANT = Actor.applicant(APPLICANT_ID);

    public final TestDatabase test;
    public final SettableClock clock;
    public final IntakeService intake;
    public final DossierWorkflow workflow;
    public final RatingService ratings;

    public Office(TestDatabase.Kind kind, Path temporaryFolder, String startTime) {
        test = TestDatabase.open(kind, temporaryFolder);
        PortalFixtures.insertCatalogue(test.database().dsl());
        WorkflowFixtures.insertSteps(test.database().dsl());
        clock = new SettableClock(startTime);
        intake = new IntakeService(test.database(), clock, WorkingHours.standard());
        workflow = new DossierWorkflow(test.database(), clock, WorkingHours.standard());
        ratings = new RatingService(test.database(), clock);
    }

    public DSLContext dsl() {
        return test.database().dsl();
    }

    /** Registers a three-day dossier at the Justice department now; returns its code. */
    public String receive() {
        return intake.register(new IntakeRequest(PortalFixtures.THREE_DAY_PROCEDURE, PortalFixtures.JUSTICE,
                Channel.IN_PERSON, ApplicantType.CITIZEN, "Nguyễn Văn An", APPLICANT_ID, "0912345678", null,
                "Đăng ký khai sinh cho con", null, DESK.id(), "Bộ phận Một cửa")).code();
    }

    /** The clock moves to {@code localTime}. */
    public Office at(String localTime) {
        clock.set(localTime);
        return this;
    }

    public DossiersRecord dossier(String code) {
        return dsl().selectFrom(DOSSIERS).where(DOSSIERS.CODE.eq(code)).fetchSingle();
    }

    public List<ProcessingEventsRecord> events(String code) {
        return dsl().select(PROCESSING_EVENTS.fields()).from(PROCESSING_EVENTS).join(DOSSIERS)
                .on(DOSSIERS.ID.eq(PROCESSING_EVENTS.DOSSIER_ID))
                .where(DOSSIERS.CODE.eq(code))
                .orderBy(PROCESSING_EVENTS.CHANGE_SEQ)
                .fetchInto(PROCESSING_EVENTS);
    }

    @Override
    public void close() {
        test.close();
    }
}

package org.tthc.portal.intake;

import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.INTAKE_DOCUMENTS;
import static org.tthc.portal.db.Tables.ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCEDURE_COMPONENTS;
import static org.tthc.portal.db.Tables.PROCEDURE_ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jooq.DSLContext;
import org.tthc.domain.TthcTime;
import org.tthc.domain.calendar.AppointmentDates;
import org.tthc.domain.calendar.WorkingHours;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;
import org.tthc.portal.calendar.HolidayCalendar;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.db.tables.records.ProcedureComponentsRecord;
import org.tthc.portal.db.tables.records.ProceduresRecord;

/**
 * Registers a dossier at the one-stop desk: allocates its national code, computes its appointment date with the
 * office's working calendar, stores it as accepted (status 2) and records the intake event and the documents received
 * (the receipt's list), all in one transaction.
 */
public final class IntakeService {
    /** The step name of the intake event (CapNhatTienDoHoSoMC). */
    public static final String INTAKE_STEP = "Tiếp nhận hồ sơ";
    /** The action recorded on the intake event (the workflow records its own action names). */
    public static final String INTAKE_ACTION = "INTAKE";

    private final PortalDatabase database;
    private final Clock clock;
    private final WorkingHours workingHours;
    private final DossierCodeAllocator codes = new DossierCodeAllocator();

    public IntakeService(PortalDatabase database, Clock clock, WorkingHours workingHours) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.workingHours = Objects.requireNonNull(workingHours, "workingHours");
    }

    public RegisteredDossier register(IntakeRequest request) {
        LocalDateTime receivedAt = TthcTime.toSecond(LocalDateTime.now(clock.withZone(TthcTime.ZONE)));
        return database.dsl().transactionResult(configuration -> register(configuration.dsl(), request, receivedAt));
    }

    /**
     * Registers a dossier inside the caller's transaction, received at {@code receivedAt}: the workflow uses this for
     * the child dossier of an inter-agency transfer, in the transaction that records the transfer on the original.
     */
    public RegisteredDossier register(DSLContext tx, IntakeRequest request, LocalDateTime receivedAt) {
        ProceduresRecord procedure = tx.selectFrom(PROCEDURES)
                .where(PROCEDURES.CODE.eq(request.procedureCode()))
                .fetchOptional()
                .orElseThrow(() -> new IntakeException("procedureCode", request.procedureCode(),
                        "no such procedure in the catalogue; pick one from the procedures table"));
        LocalDate receiptDay = receivedAt.toLocalDate();
        requireOrganisationValidOn(tx, request.handlingOrgCode(), receiptDay);
        if (request.originalDossierId() == null) {
            requireReceivedAt(tx, procedure, request.handlingOrgCode());
        }
        Map<String, ProcedureComponentsRecord> components = tx.selectFrom(PROCEDURE_COMPONENTS)
                .where(PROCEDURE_COMPONENTS.PROCEDURE_ID.eq(procedure.getId()))
                .fetchMap(PROCEDURE_COMPONENTS.COMPONENT_CODE);
        for (String component : request.documentsReceived()) {
            if (!components.containsKey(component)) {
                throw new IntakeException("documentsReceived", component, "not a document of procedure "
                        + procedure.getCode() + "; its documents are " + components.keySet());
            }
        }

        String code = codes.next(tx, request.handlingOrgCode(), receiptDay, receivedAt);
        LocalDateTime dueAt = new AppointmentDates(HolidayCalendar.load(tx), workingHours).appointment(receivedAt,
                procedure.getProcessingTime(), ProcessingTimeUnit.valueOf(procedure.getProcessingTimeUnit()));
        StatusCode status = StatusCode.ACCEPTED;

        long id = tx.insertInto(DOSSIERS)
                .set(DOSSIERS.CODE, code)
                .set(DOSSIERS.PROCEDURE_ID, procedure.getId())
                .set(DOSSIERS.HANDLING_ORG_CODE, request.handlingOrgCode())
                .set(DOSSIERS.CHANNEL, (short) request.channel().code())
                .set(DOSSIERS.APPLICANT_TYPE, (short) request.applicantType().code())
                .set(DOSSIERS.APPLICANT_NAME, request.applicantName())
                .set(DOSSIERS.APPLICANT_ID_NUMBER, request.applicantIdNumber())
                .set(DOSSIERS.APPLICANT_PHONE, request.applicantPhone())
                .set(DOSSIERS.APPLICANT_EMAIL, request.applicantEmail())
                .set(DOSSIERS.SUMMARY, request.summary())
                .set(DOSSIERS.RECEIVED_AT, receivedAt)
                .set(DOSSIERS.DUE_AT, dueAt)
                .set(DOSSIERS.STATUS, (short) status.code())
                .set(DOSSIERS.ORIGINAL_DOSSIER_ID, request.originalDossierId())
                .set(DOSSIERS.UPDATED_AT, receivedAt)
                .returningResult(DOSSIERS.ID)
                .fetchSingle(DOSSIERS.ID);

        tx.insertInto(PROCESSING_EVENTS)
                .set(PROCESSING_EVENTS.DOSSIER_ID, id)
                .set(PROCESSING_EVENTS.ACTION, INTAKE_ACTION)
                .set(PROCESSING_EVENTS.STEP, INTAKE_STEP)
                .set(PROCESSING_EVENTS.ACTOR, request.receivedBy())
                .set(PROCESSING_EVENTS.DEPARTMENT, request.department())
                .set(PROCESSING_EVENTS.STATUS, (short) status.code())
                .set(PROCESSING_EVENTS.OCCURRED_AT, receivedAt)
                .set(PROCESSING_EVENTS.UPDATED_AT, receivedAt)
                .execute();
        for (String componentCode : request.documentsReceived().stream().distinct().toList()) {
            ProcedureComponentsRecord component = components.get(componentCode);
            tx.insertInto(INTAKE_DOCUMENTS)
                    .set(INTAKE_DOCUMENTS.DOSSIER_ID, id)
                    .set(INTAKE_DOCUMENTS.COMPONENT_CODE, componentCode)
                    .set(INTAKE_DOCUMENTS.NAME, component.getName())
                    .set(INTAKE_DOCUMENTS.COPIES, component.getCopies())
                    .set(INTAKE_DOCUMENTS.UPDATED_AT, receivedAt)
                    .execute();
        }
        return new RegisteredDossier(id, code, receivedAt, dueAt, status);
    }

    /**
     * The procedure lists the organisation among those that receive it, or lists none (received everywhere). An
     * inter-agency child dossier is exempt: the sending office chose the agency.
     */
    private static void requireReceivedAt(DSLContext tx, ProceduresRecord procedure, String orgCode) {
        List<String> offeredAt = tx.select(PROCEDURE_ORGANISATIONS.ORG_CODE).from(PROCEDURE_ORGANISATIONS)
                .where(PROCEDURE_ORGANISATIONS.PROCEDURE_ID.eq(procedure.getId()))
                .orderBy(PROCEDURE_ORGANISATIONS.ORG_CODE)
                .fetch(PROCEDURE_ORGANISATIONS.ORG_CODE);
        if (!offeredAt.isEmpty() && !offeredAt.contains(orgCode)) {
            throw new IntakeException("handlingOrgCode", orgCode, "does not receive procedure " + procedure.getCode()
                    + "; it is received at " + offeredAt);
        }
    }

    private static void requireOrganisationValidOn(DSLContext tx, String orgCode, LocalDate day) {
        boolean valid = tx.fetchExists(ORGANISATIONS,
                ORGANISATIONS.CODE.eq(orgCode)
                        .and(ORGANISATIONS.VALID_FROM.isNull().or(ORGANISATIONS.VALID_FROM.le(day)))
                        .and(ORGANISATIONS.VALID_TO.isNull().or(ORGANISATIONS.VALID_TO.ge(day))));
        if (!valid) {
            throw new IntakeException("handlingOrgCode", orgCode,
                    "no organisation with this code is in effect on " + day + "; check the organisations table");
        }
    }
}

package org.tthc.portal.view;

import static org.tthc.portal.db.Tables.DOCUMENTS;
import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.INTAKE_DOCUMENTS;
import static org.tthc.portal.db.Tables.ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCEDURE_COMPONENTS;
import static org.tthc.portal.db.Tables.PROCEDURE_ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCEDURE_STEPS;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;
import static org.tthc.portal.db.Tables.RATINGS;
import static org.tthc.portal.db.Tables.SUPPLEMENT_ROUNDS;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;
import org.tthc.portal.database.PortalDatabase;
import org.tthc.portal.db.tables.records.DossiersRecord;
import org.tthc.portal.intake.IntakeService;
import org.tthc.portal.view.ProcedureSummary.ComponentSummary;

/** What the portal's pages read: the catalogue, a dossier with its timeline, an applicant's and an office's lists. */
public final class PortalQueries {
    private static final int LIST_LIMIT = 200;

    private final PortalDatabase database;

    public PortalQueries(PortalDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Procedures whose code, name or sector contains {@code search} (any case); all when it is blank. */
    public List<ProcedureSummary> procedures(String search) {
        DSLContext dsl = database.dsl();
        Condition matches = DSL.trueCondition();
        if (search != null && !search.isBlank()) {
            String pattern = "%" + search.strip().toLowerCase(Locale.ROOT) + "%";
            matches = DSL.lower(PROCEDURES.NAME).like(pattern)
                    .or(DSL.lower(PROCEDURES.CODE).like(pattern))
                    .or(DSL.lower(PROCEDURES.SECTOR_NAME).like(pattern));
        }
        Map<Long, List<ComponentSummary>> components = dsl.selectFrom(PROCEDURE_COMPONENTS)
                .orderBy(PROCEDURE_COMPONENTS.PROCEDURE_ID, PROCEDURE_COMPONENTS.COMPONENT_CODE)
                .fetch().stream()
                .collect(Collectors.groupingBy(c -> c.getProcedureId(), Collectors.mapping(
                        c -> new ComponentSummary(c.getComponentCode(), c.getName(), c.getRequired()),
                        Collectors.toList())));
        return dsl.selectFrom(PROCEDURES).where(matches).orderBy(PROCEDURES.NAME).limit(LIST_LIMIT).fetch().stream()
                .map(p -> new ProcedureSummary(p.getCode(), p.getName(), p.getSectorName(),
                        p.getOnlineServiceLevel() == null ? null : p.getOnlineServiceLevel().intValue(),
                        p.getProcessingTime(), p.getProcessingTimeUnit(), p.getFeeVnd(),
                        components.getOrDefault(p.getId(), List.of())))
                .toList();
    }

    public Optional<ProcedureSummary> procedure(String code) {
        return procedures(null).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The organisations in effect on {@code day}, by level then name. */
    public List<OrganisationSummary> organisations(LocalDate day) {
        return database.dsl().selectFrom(ORGANISATIONS)
                .where(ORGANISATIONS.VALID_FROM.isNull().or(ORGANISATIONS.VALID_FROM.le(day)))
                .and(ORGANISATIONS.VALID_TO.isNull().or(ORGANISATIONS.VALID_TO.ge(day)))
                .orderBy(ORGANISATIONS.ORG_LEVEL, ORGANISATIONS.NAME)
                .fetch(o -> new OrganisationSummary(o.getCode(), o.getName(), o.getOrgLevel()));
    }

    /**
     * The organisations in effect on {@code day} that receive procedure {@code procedureCode}: those it lists in
     * {@code procedure_organisations}, every one when it lists none.
     */
    public List<OrganisationSummary> organisationsReceiving(String procedureCode, LocalDate day) {
        List<String> listed = database.dsl().select(PROCEDURE_ORGANISATIONS.ORG_CODE).from(PROCEDURE_ORGANISATIONS)
                .join(PROCEDURES).on(PROCEDURES.ID.eq(PROCEDURE_ORGANISATIONS.PROCEDURE_ID))
                .where(PROCEDURES.CODE.eq(procedureCode))
                .fetch(PROCEDURE_ORGANISATIONS.ORG_CODE);
        return organisations(day).stream().filter(o -> listed.isEmpty() || listed.contains(o.code())).toList();
    }

    public Optional<DossierDetail> dossier(String code) {
        DSLContext dsl = database.dsl();
        DossiersRecord d = dsl.selectFrom(DOSSIERS).where(DOSSIERS.CODE.eq(code)).fetchOptional().orElse(null);
        if (d == null) {
            return Optional.empty();
        }
        var procedure = dsl.selectFrom(PROCEDURES).where(PROCEDURES.ID.eq(d.getProcedureId())).fetchSingle();
        String orgName = organisationName(dsl, d.getHandlingOrgCode());
        int steps = dsl.fetchCount(PROCEDURE_STEPS, PROCEDURE_STEPS.PROCEDURE_ID.eq(d.getProcedureId()));
        String openSupplement = dsl.select(SUPPLEMENT_ROUNDS.REASON).from(SUPPLEMENT_ROUNDS)
                .where(SUPPLEMENT_ROUNDS.DOSSIER_ID.eq(d.getId()), SUPPLEMENT_ROUNDS.COMPLETED_AT.isNull())
                .orderBy(SUPPLEMENT_ROUNDS.REQUESTED_AT.desc()).limit(1)
                .fetchOptional(SUPPLEMENT_ROUNDS.REASON).orElse(null);
        boolean rated = dsl.fetchExists(RATINGS, RATINGS.DOSSIER_ID.eq(d.getId()));
        List<TimelineEvent> timeline = dsl.selectFrom(PROCESSING_EVENTS)
                .where(PROCESSING_EVENTS.DOSSIER_ID.eq(d.getId()))
                .orderBy(PROCESSING_EVENTS.OCCURRED_AT, PROCESSING_EVENTS.ID)
                .fetch(e -> new TimelineEvent(e.getOccurredAt(), e.getAction(), e.getStep(),
                        e.getStepOrder() == null ? null : e.getStepOrder().intValue(), StatusCode.of(e.getStatus()),
                        e.getActor(), e.getDepartment(), e.getStepDeadline(), e.getNote()));
        List<DocumentSummary> documents = dsl.selectFrom(DOCUMENTS).where(DOCUMENTS.DOSSIER_ID.eq(d.getId()))
                .orderBy(DOCUMENTS.UPLOADED_AT, DOCUMENTS.ID)
                .fetch(doc -> new DocumentSummary(doc.getName(), doc.getComponentCode(), doc.getContentType(),
                        doc.getSizeBytes(), doc.getUploadedAt()));
        return Optional.of(new DossierDetail(d.getId(), d.getCode(), procedure.getCode(), procedure.getName(),
                d.getHandlingOrgCode(), orgName, d.getApplicantName(), d.getApplicantIdNumber(),
                d.getApplicantPhone(), d.getApplicantEmail(), d.getSummary(), StatusCode.of(d.getStatus()),
                d.getReceivedAt(), d.getDueAt(), d.getPromisedAt(),
                d.getCurrentStepOrder() == null ? null : d.getCurrentStepOrder().intValue(), steps,
                d.getAssignee(), d.getAssignedDepartment(), d.getStepDeadline(), d.getFinishedAt(),
                d.getReturnedAt(), openSupplement, rated, timeline, documents));
    }

    /**
     * The receipt of dossier {@code code}: the documents checked off at intake, or for an online dossier without
     * such a list the files it uploaded for the procedure's components (by the component's name, else the file's;
     * a supplement's files are for no component and not listed).
     */
    public Optional<DossierReceipt> receipt(String code) {
        DSLContext dsl = database.dsl();
        DossiersRecord d = dsl.selectFrom(DOSSIERS).where(DOSSIERS.CODE.eq(code)).fetchOptional().orElse(null);
        if (d == null) {
            return Optional.empty();
        }
        var procedure = dsl.selectFrom(PROCEDURES).where(PROCEDURES.ID.eq(d.getProcedureId())).fetchSingle();
        String orgName = organisationName(dsl, d.getHandlingOrgCode());
        String receivedBy = dsl.select(PROCESSING_EVENTS.ACTOR).from(PROCESSING_EVENTS)
                .where(PROCESSING_EVENTS.DOSSIER_ID.eq(d.getId()))
                .and(PROCESSING_EVENTS.ACTION.eq(IntakeService.INTAKE_ACTION))
                .orderBy(PROCESSING_EVENTS.ID).limit(1).fetchOptional(PROCESSING_EVENTS.ACTOR).orElse(null);
        List<DossierReceipt.ReceivedDocument> documents = dsl.selectFrom(INTAKE_DOCUMENTS)
                .where(INTAKE_DOCUMENTS.DOSSIER_ID.eq(d.getId()))
                .orderBy(INTAKE_DOCUMENTS.COMPONENT_CODE)
                .fetch(r -> new DossierReceipt.ReceivedDocument(r.getName(), r.getCopies()));
        if (documents.isEmpty()) {
            documents = dsl.select(DSL.coalesce(PROCEDURE_COMPONENTS.NAME, DOCUMENTS.NAME))
                    .from(DOCUMENTS).leftJoin(PROCEDURE_COMPONENTS)
                    .on(PROCEDURE_COMPONENTS.PROCEDURE_ID.eq(d.getProcedureId())
                            .and(PROCEDURE_COMPONENTS.COMPONENT_CODE.eq(DOCUMENTS.COMPONENT_CODE)))
                    .where(DOCUMENTS.DOSSIER_ID.eq(d.getId()))
                    .and(DOCUMENTS.COMPONENT_CODE.isNotNull())
                    .orderBy(DOCUMENTS.ID)
                    .fetch(r -> new DossierReceipt.ReceivedDocument(r.value1(), 1));
        }
        return Optional.of(new DossierReceipt(d.getCode(), d.getHandlingOrgCode(), orgName, d.getApplicantName(),
                d.getApplicantIdNumber(), d.getApplicantPhone(), procedure.getName(), procedure.getProcessingTime(),
                ProcessingTimeUnit.valueOf(procedure.getProcessingTimeUnit()),
                Channel.ofCode(d.getChannel()).orElse(Channel.IN_PERSON), d.getReceivedAt(), d.getDueAt(),
                receivedBy, documents));
    }

    /** The dossiers of the applicant with this identity number, newest first. */
    public List<DossierSummary> dossiersOfApplicant(String idNumber) {
        return database.dsl().select(DOSSIERS.CODE, PROCEDURES.NAME, DOSSIERS.STATUS, DOSSIERS.RECEIVED_AT,
                        DOSSIERS.DUE_AT)
                .from(DOSSIERS).join(PROCEDURES).on(PROCEDURES.ID.eq(DOSSIERS.PROCEDURE_ID))
                .where(DOSSIERS.APPLICANT_ID_NUMBER.eq(idNumber))
                .orderBy(DOSSIERS.RECEIVED_AT.desc(), DOSSIERS.ID.desc())
                .limit(LIST_LIMIT)
                .fetch(r -> new DossierSummary(r.value1(), r.value2(), StatusCode.of(r.value3()), r.value4(),
                        r.value5()));
    }

    /**
     * The open dossiers handled by {@code orgCode} (all organisations when null), of one department when
     * {@code department} is given, the soonest due first.
     */
    public List<InboxRow> inbox(String orgCode, String department) {
        Condition where = DOSSIERS.STATUS.in((short) 1, (short) 2, (short) 4, (short) 5, (short) 6, (short) 9);
        if (orgCode != null) {
            where = where.and(DOSSIERS.HANDLING_ORG_CODE.eq(orgCode));
        }
        if (department != null && !department.isBlank()) {
            where = where.and(DOSSIERS.ASSIGNED_DEPARTMENT.eq(department));
        }
        return database.dsl().select(DOSSIERS.CODE, PROCEDURES.NAME, DOSSIERS.APPLICANT_NAME, DOSSIERS.STATUS,
                        DOSSIERS.ASSIGNED_DEPARTMENT, DOSSIERS.ASSIGNEE, DOSSIERS.RECEIVED_AT, DOSSIERS.DUE_AT,
                        DOSSIERS.STEP_DEADLINE)
                .from(DOSSIERS).join(PROCEDURES).on(PROCEDURES.ID.eq(DOSSIERS.PROCEDURE_ID))
                .where(where)
                .orderBy(DOSSIERS.DUE_AT.asc().nullsLast(), DOSSIERS.ID)
                .limit(LIST_LIMIT)
                .fetch(r -> new InboxRow(r.value1(), r.value2(), r.value3(), StatusCode.of(r.value4()), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /** The departments that dossiers of {@code orgCode} (all when null) are or were assigned to. */
    public List<String> departments(String orgCode) {
        Condition where = DOSSIERS.ASSIGNED_DEPARTMENT.isNotNull();
        if (orgCode != null) {
            where = where.and(DOSSIERS.HANDLING_ORG_CODE.eq(orgCode));
        }
        return database.dsl().selectDistinct(DOSSIERS.ASSIGNED_DEPARTMENT).from(DOSSIERS).where(where)
                .orderBy(DOSSIERS.ASSIGNED_DEPARTMENT).fetch(DOSSIERS.ASSIGNED_DEPARTMENT);
    }

    /** The latest name of organisation {@code code}, or the code when the catalogue has none. */
    private static String organisationName(DSLContext dsl, String code) {
        return dsl.select(ORGANISATIONS.NAME).from(ORGANISATIONS)
                .where(ORGANISATIONS.CODE.eq(code))
                .orderBy(ORGANISATIONS.VALID_FROM.desc()).limit(1).fetchOptional(ORGANISATIONS.NAME)
                .orElse(code);
    }
}

package org.tthc.api.national.dossier;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;
import static org.tthc.portal.db.Tables.SUPPLEMENT_ROUNDS;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCatalogue;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.personal.ApplicantContact;
import org.tthc.portal.db.tables.Dossiers;

/**
 * Reads what the dossier packets need from portal-lite's operational store, through the jOOQ classes generated from
 * its migrations: which dossiers changed between two change sequences {@code (from, to]} (their row, a supplement
 * round or a processing event), and each such dossier with its applicant's personal data, its processing events and
 * the level-1 organisation its handling organisation belongs to. This is the only place personal data is read for
 * the national portal; it never goes to the warehouse.
 */
final class PortalDossierChanges {
    /** The name of portal-lite as a source (the same as the warehouse pull's). */
    static final String SOURCE = "portal";

    private final DSLContext dsl;

    PortalDossierChanges(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A changed dossier: its record, its applicant, its processing events up to the pass's change sequence, and the
     * level-1 organisation its handling organisation rolls up to in portal-lite's hierarchy (empty when the chain of
     * parents ends at no level-1 organisation portal-lite knows).
     */
    record ChangedDossier(long id, DossierRecord record, ApplicantContact applicant, List<ProcessingStep> steps,
                          Optional<Organisation> levelOne) {
    }

    /** A processing event, with the change sequence that tells whether an earlier pass has read it. */
    record ProcessingStep(long id, long changeSeq, DossierEvent event) {
    }

    /** The highest change sequence of the tables the dossier packets are made of; 0 when they are empty. */
    long highWatermark() {
        Long high = dsl.select(greatest(maxOf(DOSSIERS.CHANGE_SEQ), maxOf(PROCESSING_EVENTS.CHANGE_SEQ),
                maxOf(SUPPLEMENT_ROUNDS.CHANGE_SEQ))).fetchOne(0, Long.class);
        return high == null ? 0 : high;
    }

    /** The ids of the dossiers whose row, supplement rounds or processing events changed in {@code (from, to]}. */
    List<Long> changedDossierIds(long from, long to) {
        return dsl.select(DOSSIERS.ID).from(DOSSIERS).where(between(DOSSIERS.CHANGE_SEQ, from, to))
                .union(select(PROCESSING_EVENTS.DOSSIER_ID).from(PROCESSING_EVENTS)
                        .where(between(PROCESSING_EVENTS.CHANGE_SEQ, from, to)))
                .union(select(SUPPLEMENT_ROUNDS.DOSSIER_ID).from(SUPPLEMENT_ROUNDS)
                        .where(between(SUPPLEMENT_ROUNDS.CHANGE_SEQ, from, to)))
                .fetch(0, Long.class).stream().sorted().toList();
    }

    /**
     * The dossiers {@code ids} in id order, each with its supplement rounds and its processing events whose change
     * sequence is at most {@code to}, in the order they happened.
     */
    List<ChangedDossier> read(List<Long> ids, long to, OrganisationCatalogue organisations) {
        Map<Long, List<SupplementRound>> rounds = supplementRounds(ids);
        Map<Long, List<ProcessingStep>> steps = new HashMap<>();
        Dossiers d = DOSSIERS.as("d");
        Dossiers original = DOSSIERS.as("original");
        List<ChangedDossier> dossiers = new ArrayList<>(ids.size());
        List<? extends Record> rows = dsl.select(d.ID, d.CODE, d.HANDLING_ORG_CODE, d.CHANNEL, d.APPLICANT_TYPE,
                        d.APPLICANT_NAME, d.APPLICANT_ID_NUMBER, d.APPLICANT_PHONE, d.APPLICANT_EMAIL, d.SUMMARY,
                        d.RECEIVED_AT, d.DUE_AT, d.STATUS, d.FINISHED_AT, d.RETURNED_AT, d.UPDATED_AT,
                        original.CODE.as("original_code"), PROCEDURES.CODE, PROCEDURES.NAME, PROCEDURES.SECTOR_CODE,
                        PROCEDURES.SECTOR_NAME)
                .from(d).join(PROCEDURES).on(PROCEDURES.ID.eq(d.PROCEDURE_ID))
                .leftJoin(original).on(original.ID.eq(d.ORIGINAL_DOSSIER_ID))
                .where(d.ID.in(ids)).orderBy(d.ID).fetch();
        Map<Long, String> codes = new HashMap<>();
        rows.forEach(r -> codes.put(r.get(d.ID), r.get(d.CODE)));
        dsl.select(PROCESSING_EVENTS.ID, PROCESSING_EVENTS.CHANGE_SEQ, PROCESSING_EVENTS.DOSSIER_ID,
                        PROCESSING_EVENTS.STEP, PROCESSING_EVENTS.ACTOR, PROCESSING_EVENTS.DEPARTMENT,
                        PROCESSING_EVENTS.STATUS, PROCESSING_EVENTS.OCCURRED_AT, PROCESSING_EVENTS.STEP_DEADLINE,
                        PROCESSING_EVENTS.NOTE)
                .from(PROCESSING_EVENTS)
                .where(PROCESSING_EVENTS.DOSSIER_ID.in(ids)).and(PROCESSING_EVENTS.CHANGE_SEQ.le(to))
                .orderBy(PROCESSING_EVENTS.DOSSIER_ID, PROCESSING_EVENTS.OCCURRED_AT, PROCESSING_EVENTS.ID)
                .forEach(e -> steps.computeIfAbsent(e.get(PROCESSING_EVENTS.DOSSIER_ID), k -> new ArrayList<>())
                        .add(step(e, codes.get(e.get(PROCESSING_EVENTS.DOSSIER_ID)))));
        for (Record r : rows) {
            long id = r.get(d.ID);
            String orgCode = r.get(d.HANDLING_ORG_CODE);
            DossierRecord record = new DossierRecord(SOURCE, r.get(d.CODE), r.get(PROCEDURES.CODE),
                    r.get(PROCEDURES.NAME), r.get(PROCEDURES.SECTOR_CODE), r.get(PROCEDURES.SECTOR_NAME),
                    Channel.ofCode(r.get(d.CHANNEL)).orElse(null),
                    ApplicantType.ofCode(r.get(d.APPLICANT_TYPE)).orElse(null), r.get(d.SUMMARY), orgCode,
                    organisations.find(orgCode).map(Organisation::name).orElse(null), r.get(d.RECEIVED_AT),
                    r.get(d.DUE_AT),
                    StatusCode.of(r.get(d.STATUS)), r.get(d.FINISHED_AT), r.get(d.RETURNED_AT),
                    chained(rounds.getOrDefault(id, List.of()), r.get(d.DUE_AT)),
                    r.get("original_code", String.class), r.get(d.UPDATED_AT));
            ApplicantContact applicant = new ApplicantContact(r.get(d.APPLICANT_NAME), r.get(d.APPLICANT_ID_NUMBER),
                    r.get(d.APPLICANT_PHONE), r.get(d.APPLICANT_EMAIL));
            dossiers.add(new ChangedDossier(id, record, applicant, steps.getOrDefault(id, List.of()),
                    levelOne(organisations, orgCode)));
        }
        return dossiers;
    }

    /** Every version of every organisation; a code's name is that of its latest version. */
    OrganisationCatalogue organisations() {
        return new OrganisationCatalogue(dsl.selectFrom(ORGANISATIONS).orderBy(ORGANISATIONS.ID)
                .fetch(o -> new Organisation(o.getCode(), o.getName(), o.getOrgLevel(),
                        OrganisationKind.valueOf(o.getKind()), o.getParentCode(), o.getValidFrom(),
                        o.getValidTo())));
    }

    /**
     * The level-1 organisation {@code orgCode} rolls up to in the latest structure, by the platform's one roll-up
     * rule ({@link OrganisationCatalogue#levelOneOf}, as the statistics packets' organisations): empty unless the
     * chain ends at an organisation portal-lite knows as level 1.
     */
    private static Optional<Organisation> levelOne(OrganisationCatalogue organisations, String orgCode) {
        if (orgCode == null) {
            return Optional.empty();
        }
        return organisations.find(organisations.levelOneOf(orgCode)).filter(o -> o.level() == 1);
    }

    /**
     * The rounds in request order, each naming the due date it replaced: the one before it (the intake appointment
     * for the first), as the warehouse pull chains them.
     */
    private static List<SupplementRound> chained(List<SupplementRound> rounds, LocalDateTime intakeDue) {
        List<SupplementRound> chained = new ArrayList<>(rounds.size());
        LocalDateTime previousDue = intakeDue;
        for (SupplementRound round : rounds) {
            chained.add(new SupplementRound(round.requestedAt(), round.completedAt(), previousDue, round.newDueAt()));
            previousDue = round.newDueAt() == null ? previousDue : round.newDueAt();
        }
        return chained;
    }

    private Map<Long, List<SupplementRound>> supplementRounds(List<Long> ids) {
        Map<Long, List<SupplementRound>> rounds = new HashMap<>();
        dsl.select(SUPPLEMENT_ROUNDS.DOSSIER_ID, SUPPLEMENT_ROUNDS.REQUESTED_AT, SUPPLEMENT_ROUNDS.COMPLETED_AT,
                        SUPPLEMENT_ROUNDS.NEW_DUE_AT)
                .from(SUPPLEMENT_ROUNDS).where(SUPPLEMENT_ROUNDS.DOSSIER_ID.in(ids))
                .orderBy(SUPPLEMENT_ROUNDS.DOSSIER_ID, SUPPLEMENT_ROUNDS.REQUESTED_AT, SUPPLEMENT_ROUNDS.ID)
                .forEach(r -> rounds.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new SupplementRound(r.value2(), r.value3(), null, r.value4())));
        return rounds;
    }

    /** A processing event as a step: its content is "step: note", as the warehouse pull reads it. */
    private static ProcessingStep step(Record e, String dossierCode) {
        String step = e.get(PROCESSING_EVENTS.STEP);
        String note = e.get(PROCESSING_EVENTS.NOTE);
        String content = note == null || note.isBlank() ? step : step + ": " + note;
        long id = e.get(PROCESSING_EVENTS.ID);
        DossierEvent event = new DossierEvent(SOURCE, dossierCode, "event-" + id,
                e.get(PROCESSING_EVENTS.OCCURRED_AT), StatusCode.of(e.get(PROCESSING_EVENTS.STATUS)),
                e.get(PROCESSING_EVENTS.ACTOR), null, e.get(PROCESSING_EVENTS.DEPARTMENT), content, null,
                e.get(PROCESSING_EVENTS.STEP_DEADLINE));
        return new ProcessingStep(id, e.get(PROCESSING_EVENTS.CHANGE_SEQ), event);
    }

    private static Condition between(TableField<?, Long> changeSeq, long from, long to) {
        return changeSeq.gt(from).and(changeSeq.le(to));
    }

    private static Field<Long> maxOf(TableField<?, Long> changeSeq) {
        return coalesce(field(select(max(changeSeq)).from(changeSeq.getTable())), 0L);
    }
}

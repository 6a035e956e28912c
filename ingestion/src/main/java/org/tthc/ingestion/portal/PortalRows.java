package org.tthc.ingestion.portal;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.tthc.portal.db.Tables.DOCUMENTS;
import static org.tthc.portal.db.Tables.DOSSIERS;
import static org.tthc.portal.db.Tables.ORGANISATIONS;
import static org.tthc.portal.db.Tables.PROCEDURES;
import static org.tthc.portal.db.Tables.PROCESSING_EVENTS;
import static org.tthc.portal.db.Tables.RATINGS;
import static org.tthc.portal.db.Tables.SUPPLEMENT_ROUNDS;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.tthc.domain.dossier.SupplementRound;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.procedure.Procedure;
import org.tthc.portal.db.tables.Dossiers;

/**
 * Reads what changed in portal-lite's database between two change sequences, {@code (from, to]}, through the jOOQ
 * classes generated from portal-lite's migrations (one schema, one place). Each row comes as a JSON object keyed by
 * column name, times in {@code yyyyMMddHHmmss}, so that {@link PortalRecords} checks it as any source's record and a
 * rejected row is quarantined as readable JSON. Applicants' identifiers are selected only when asked for (to be
 * hashed); their names never.
 */
final class PortalRows {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int FETCH_SIZE = 5_000;

    private final DSLContext dsl;
    private final long from;
    private final long to;

    PortalRows(DSLContext dsl, long from, long to) {
        this.dsl = dsl;
        this.from = from;
        this.to = to;
    }

    /** The highest change sequence any pulled table holds now: the watermark a pull reads up to. */
    static long highWatermark(DSLContext dsl) {
        Long high = dsl.select(greatest(
                        maxOf(DOSSIERS.CHANGE_SEQ), maxOf(PROCESSING_EVENTS.CHANGE_SEQ), maxOf(SUPPLEMENT_ROUNDS.CHANGE_SEQ),
                        maxOf(RATINGS.CHANGE_SEQ), maxOf(DOCUMENTS.CHANGE_SEQ), maxOf(ORGANISATIONS.CHANGE_SEQ),
                        maxOf(PROCEDURES.CHANGE_SEQ)))
                .fetchOne(0, Long.class);
        return high == null ? 0 : high;
    }

    /** Changed organisation versions. */
    List<Organisation> organisations() {
        return dsl.selectFrom(ORGANISATIONS).where(changed(ORGANISATIONS.CHANGE_SEQ)).orderBy(ORGANISATIONS.ID)
                .fetch(o -> new Organisation(o.getCode(), o.getName(), o.getOrgLevel(),
                        OrganisationKind.valueOf(o.getKind()), o.getParentCode(), o.getValidFrom(), o.getValidTo()));
    }

    /** Changed procedures; a missing online service level is read as 2 (information and forms only). */
    List<Procedure> procedures() {
        return dsl.selectFrom(PROCEDURES).where(changed(PROCEDURES.CHANGE_SEQ)).orderBy(PROCEDURES.ID)
                .fetch(p -> new Procedure(p.getCode(), p.getName(), p.getSectorCode(), p.getSectorName(),
                        p.getOnlineServiceLevel() == null ? 2 : p.getOnlineServiceLevel(), p.getProcessingTime(),
                        Procedure.ProcessingTimeUnit.valueOf(p.getProcessingTimeUnit()), p.getFeeVnd()));
    }

    /**
     * Dossiers whose row or any supplement round changed, each with all its rounds, in id order. The version's
     * update time is the latest of the dossier's and its rounds' {@code updated_at}.
     */
    void dossiers(boolean withApplicant, BiConsumer<ObjectNode, List<SupplementRound>> handler) {
        Dossiers d = DOSSIERS.as("d");
        Dossiers original = DOSSIERS.as("original");
        Condition changedDossier = changed(d.CHANGE_SEQ).or(d.ID.in(
                select(SUPPLEMENT_ROUNDS.DOSSIER_ID).from(SUPPLEMENT_ROUNDS).where(changed(SUPPLEMENT_ROUNDS.CHANGE_SEQ))));
        Map<Long, List<Record>> rounds = new HashMap<>();
        dsl.select(SUPPLEMENT_ROUNDS.DOSSIER_ID, SUPPLEMENT_ROUNDS.REQUESTED_AT, SUPPLEMENT_ROUNDS.COMPLETED_AT,
                        SUPPLEMENT_ROUNDS.NEW_DUE_AT, SUPPLEMENT_ROUNDS.UPDATED_AT)
                .from(SUPPLEMENT_ROUNDS)
                .where(SUPPLEMENT_ROUNDS.DOSSIER_ID.in(select(d.ID).from(d).where(changedDossier)))
                .orderBy(SUPPLEMENT_ROUNDS.DOSSIER_ID, SUPPLEMENT_ROUNDS.REQUESTED_AT, SUPPLEMENT_ROUNDS.ID)
                .fetch()
                .forEach(r -> rounds.computeIfAbsent(r.get(SUPPLEMENT_ROUNDS.DOSSIER_ID), k -> new ArrayList<>()).add(r));
        List<Field<?>> fields = new ArrayList<>(List.of(d.ID, d.CODE, d.HANDLING_ORG_CODE, d.CHANNEL,
                d.APPLICANT_TYPE, d.SUMMARY, d.RECEIVED_AT, d.DUE_AT, d.STATUS, d.FINISHED_AT, d.RETURNED_AT,
                d.UPDATED_AT, original.CODE.as("original_dossier_code"), PROCEDURES.CODE.as("procedure_code"),
                PROCEDURES.NAME.as("procedure_name"), PROCEDURES.SECTOR_CODE, PROCEDURES.SECTOR_NAME));
        if (withApplicant) {
            fields.addAll(List.of(d.APPLICANT_ID_NUMBER, d.APPLICANT_PHONE, d.APPLICANT_EMAIL));
        }
        Map<String, String> orgNames = organisationNames();
        try (Cursor<Record> cursor = dsl.select(fields).from(d)
                .join(PROCEDURES).on(PROCEDURES.ID.eq(d.PROCEDURE_ID))
                .leftJoin(original).on(original.ID.eq(d.ORIGINAL_DOSSIER_ID))
                .where(changedDossier)
                .orderBy(d.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                ObjectNode row = json(r);
                String orgCode = r.get(d.HANDLING_ORG_CODE);
                row.put("handling_org_name", orgNames.get(orgCode));
                List<Record> ofDossier = rounds.getOrDefault(r.get(d.ID), List.of());
                LocalDateTime updatedAt = r.get(d.UPDATED_AT);
                for (Record round : ofDossier) {
                    LocalDateTime roundUpdated = round.get(SUPPLEMENT_ROUNDS.UPDATED_AT);
                    updatedAt = roundUpdated.isAfter(updatedAt) ? roundUpdated : updatedAt;
                }
                row.put("updated_at", TIME.format(updatedAt));
                handler.accept(row, supplementRounds(ofDossier, r.get(d.DUE_AT)));
            }
        }
    }

    /** Processing events inserted or changed, each with its dossier's code. */
    void events(Consumer<ObjectNode> handler) {
        stream(dsl.select(PROCESSING_EVENTS.ID, DOSSIERS.CODE.as("dossier_code"), PROCESSING_EVENTS.STEP,
                        PROCESSING_EVENTS.ACTOR, PROCESSING_EVENTS.DEPARTMENT, PROCESSING_EVENTS.STATUS,
                        PROCESSING_EVENTS.OCCURRED_AT, PROCESSING_EVENTS.STEP_DEADLINE, PROCESSING_EVENTS.NOTE)
                .from(PROCESSING_EVENTS).join(DOSSIERS).on(DOSSIERS.ID.eq(PROCESSING_EVENTS.DOSSIER_ID))
                .where(changed(PROCESSING_EVENTS.CHANGE_SEQ)).orderBy(PROCESSING_EVENTS.ID)
                .fetchSize(FETCH_SIZE).fetchLazy(), handler);
    }

    /** Ratings given or changed, with the dossier's code and handling organisation. */
    void ratings(Consumer<ObjectNode> handler) {
        stream(dsl.select(RATINGS.ID, DOSSIERS.CODE.as("dossier_code"), DOSSIERS.HANDLING_ORG_CODE, RATINGS.OVERALL,
                        RATINGS.INDICATOR_1, RATINGS.INDICATOR_3, RATINGS.INDICATOR_4, RATINGS.INDICATOR_7,
                        RATINGS.RATED_AT, RATINGS.UPDATED_AT)
                .from(RATINGS).join(DOSSIERS).on(DOSSIERS.ID.eq(RATINGS.DOSSIER_ID))
                .where(changed(RATINGS.CHANGE_SEQ)).orderBy(RATINGS.ID)
                .fetchSize(FETCH_SIZE).fetchLazy(), handler);
    }

    /** Documents uploaded or changed: metadata only, the content stays in portal-lite's document store. */
    void documents(Consumer<ObjectNode> handler) {
        stream(dsl.select(DOCUMENTS.ID, DOSSIERS.CODE.as("dossier_code"), DOCUMENTS.COMPONENT_CODE,
                        DOCUMENTS.SIZE_BYTES, DOCUMENTS.SHA256, DOCUMENTS.UPLOADED_AT, DOCUMENTS.UPDATED_AT)
                .from(DOCUMENTS).join(DOSSIERS).on(DOSSIERS.ID.eq(DOCUMENTS.DOSSIER_ID))
                .where(changed(DOCUMENTS.CHANGE_SEQ)).orderBy(DOCUMENTS.ID)
                .fetchSize(FETCH_SIZE).fetchLazy(), handler);
    }

    /**
     * The rounds in request order; the due date each replaces is the one before it (the intake appointment for the
     * first), and the new one is the round's {@code new_due_at} when the office gave one.
     */
    private static List<SupplementRound> supplementRounds(List<Record> rounds, LocalDateTime intakeDue) {
        List<SupplementRound> result = new ArrayList<>(rounds.size());
        LocalDateTime previousDue = intakeDue;
        for (Record r : rounds) {
            LocalDateTime newDue = r.get(SUPPLEMENT_ROUNDS.NEW_DUE_AT);
            result.add(new SupplementRound(r.get(SUPPLEMENT_ROUNDS.REQUESTED_AT), r.get(SUPPLEMENT_ROUNDS.COMPLETED_AT),
                    previousDue, newDue));
            previousDue = newDue == null ? previousDue : newDue;
        }
        return result;
    }

    /** The name of each organisation code, of its latest version. */
    private Map<String, String> organisationNames() {
        Map<String, String> names = new HashMap<>();
        dsl.select(ORGANISATIONS.CODE, ORGANISATIONS.NAME).from(ORGANISATIONS)
                .orderBy(ORGANISATIONS.VALID_FROM.asc().nullsFirst(), ORGANISATIONS.ID)
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    private Condition changed(TableField<?, Long> changeSeq) {
        return changeSeq.gt(from).and(changeSeq.le(to));
    }

    /** The table's highest change sequence, 0 when it is empty. */
    private static Field<Long> maxOf(TableField<?, Long> changeSeq) {
        return coalesce(field(select(max(changeSeq)).from(changeSeq.getTable())), 0L);
    }

    private static void stream(Cursor<? extends Record> cursor, Consumer<ObjectNode> handler) {
        try (cursor) {
            for (Record r : cursor) {
                handler.accept(json(r));
            }
        }
    }

    private static ObjectNode json(Record r) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (Field<?> field : r.fields()) {
            Object value = r.get(field);
            String name = field.getName();
            if (value == null) {
                row.putNull(name);
            } else if (value instanceof LocalDateTime time) {
                row.put(name, TIME.format(time));
            } else if (value instanceof Number number) {
                row.put(name, number.longValue());
            } else {
                row.put(name, value.toString().strip());
            }
        }
        return row;
    }
}

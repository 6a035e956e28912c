package org.tthc.api.ingest;

import static org.tthc.api.control.db.Tables.INGEST_PUSH;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jooq.DSLContext;
import org.tthc.api.control.ControlDatabase;

/** The first answer to each idempotency key of each source system, in the control database ({@code ingest_push}). */
public final class PushAnswers {
    private final DSLContext dsl;

    public PushAnswers(ControlDatabase database) {
        this.dsl = database.dsl();
    }

    /** The answer stored for the key, with the SHA-256 of the body that got it. */
    public record Stored(String bodySha256, int httpStatus, String response) {
    }

    public Optional<Stored> find(String sourceSystem, String idempotencyKey) {
        return dsl.select(INGEST_PUSH.BODY_SHA256, INGEST_PUSH.HTTP_STATUS, INGEST_PUSH.RESPONSE)
                .from(INGEST_PUSH)
                .where(INGEST_PUSH.SOURCE_SYSTEM.eq(sourceSystem)).and(INGEST_PUSH.IDEMPOTENCY_KEY.eq(idempotencyKey))
                .fetchOptional(r -> new Stored(r.value1(), r.value2(), r.value3()));
    }

    public void save(String sourceSystem, String idempotencyKey, Stored answer, String runId, Instant now) {
        dsl.insertInto(INGEST_PUSH)
                .set(INGEST_PUSH.SOURCE_SYSTEM, sourceSystem)
                .set(INGEST_PUSH.IDEMPOTENCY_KEY, idempotencyKey)
                .set(INGEST_PUSH.BODY_SHA256, answer.bodySha256())
                .set(INGEST_PUSH.HTTP_STATUS, answer.httpStatus())
                .set(INGEST_PUSH.RESPONSE, answer.response())
                .set(INGEST_PUSH.RUN_ID, runId)
                .set(INGEST_PUSH.RECEIVED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .execute();
    }
}

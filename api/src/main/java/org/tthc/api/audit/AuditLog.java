package org.tthc.api.audit;

import static org.tthc.api.control.db.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.control.db.tables.records.AuditLogRecord;

/** The audit table of the control database: appended to by every state-changing API call, read by admins. */
public final class AuditLog {
    private final DSLContext dsl;
    private final Clock clock;

    public AuditLog(ControlDatabase database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    public void record(String actor, String action, String target, AuditEntry.Outcome outcome, String detail) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.TARGET, target.length() <= 300 ? target : target.substring(0, 299) + "…")
                .set(AUDIT_LOG.OUTCOME, outcome.name())
                .set(AUDIT_LOG.DETAIL, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000))
                .execute();
    }

    /** The newest entries first, optionally of one actor or action. */
    public List<AuditEntry> latest(String actor, String action, int limit) {
        var condition = org.jooq.impl.DSL.noCondition();
        if (actor != null) {
            condition = condition.and(AUDIT_LOG.ACTOR.eq(actor));
        }
        if (action != null) {
            condition = condition.and(AUDIT_LOG.ACTION.eq(action));
        }
        return dsl.selectFrom(AUDIT_LOG).where(condition).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(AuditLog::entry);
    }

    private static AuditEntry entry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getOccurredAt().toInstant(), r.getActor(), r.getAction(), r.getTarget(),
                AuditEntry.Outcome.valueOf(r.getOutcome()), r.getDetail());
    }
}

package org.tthc.api.workspace;

import static org.tthc.api.control.db.Tables.QUERY_HISTORY;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.control.db.tables.records.QueryHistoryRecord;

/**
 * Each user's queries of the SQL console, in the control database ({@code query_history}, V6): appended to on every
 * run, refused and failed ones included, and read back by their user only.
 */
public final class QueryHistory {
    private static final int MAX_SQL = 20_000;
    private static final int MAX_ERROR = 2_000;

    private final DSLContext dsl;
    private final Clock clock;

    public QueryHistory(ControlDatabase database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    /** One query as it was run. */
    public record Entry(long id, Instant ranAt, String sql, String engine, Integer rowCount, long elapsedMillis,
                        String error) {
    }

    /** @param rowCount null when the query was refused or failed; then {@code error} says why */
    public void record(String username, String sql, String engine, Integer rowCount, long elapsedMillis,
                       String error) {
        dsl.insertInto(QUERY_HISTORY)
                .set(QUERY_HISTORY.USERNAME, username)
                .set(QUERY_HISTORY.RAN_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .set(QUERY_HISTORY.SQL_TEXT, cut(sql, MAX_SQL))
                .set(QUERY_HISTORY.ENGINE, cut(engine, 200))
                .set(QUERY_HISTORY.ROW_COUNT, rowCount)
                .set(QUERY_HISTORY.ELAPSED_MS, elapsedMillis)
                .set(QUERY_HISTORY.ERROR, error == null ? null : cut(error, MAX_ERROR))
                .execute();
    }

    /** The user's newest queries first. */
    public List<Entry> latest(String username, int limit) {
        return dsl.selectFrom(QUERY_HISTORY).where(QUERY_HISTORY.USERNAME.eq(username))
                .orderBy(QUERY_HISTORY.ID.desc()).limit(limit).fetch(QueryHistory::entry);
    }

    /** One of the user's queries; empty when it is another user's. */
    public Optional<Entry> find(String username, long id) {
        return dsl.selectFrom(QUERY_HISTORY).where(QUERY_HISTORY.ID.eq(id).and(QUERY_HISTORY.USERNAME.eq(username)))
                .fetchOptional(QueryHistory::entry);
    }

    private static Entry entry(QueryHistoryRecord r) {
        return new Entry(r.getId(), r.getRanAt().toInstant(), r.getSqlText(), r.getEngine(), r.getRowCount(),
                r.getElapsedMs(), r.getError());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

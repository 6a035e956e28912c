package org.tthc.api.reports;

import static org.tthc.api.control.db.Tables.REPORT_RUN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.tthc.api.control.ControlDatabase;
import org.tthc.api.control.db.tables.records.ReportRunRecord;

/** The report runs in the control database: started, counted attempts, finished with a status and a reason. */
public final class ReportRuns {
    private static final int REASON_LIMIT = 4000;

    private final DSLContext dsl;

    public ReportRuns(ControlDatabase database) {
        this.dsl = database.dsl();
    }

    /** Records a new run, RUNNING; returns its id. */
    public long start(String periodKind, String period, String orgCode, String triggeredBy, Instant now) {
        return dsl.insertInto(REPORT_RUN)
                .set(REPORT_RUN.PERIOD_KIND, periodKind)
                .set(REPORT_RUN.PERIOD_KEY, period)
                .set(REPORT_RUN.ORG_CODE, orgCode)
                .set(REPORT_RUN.TRIGGERED_BY, triggeredBy)
                .set(REPORT_RUN.STATUS, ReportRunStatus.RUNNING.name())
                .set(REPORT_RUN.ATTEMPTS, 0)
                .set(REPORT_RUN.STARTED_AT, time(now))
                .returning(REPORT_RUN.ID).fetchOne().getId();
    }

    /** Counts one more attempt; returns the attempts so far. */
    public int attempt(long id) {
        dsl.update(REPORT_RUN).set(REPORT_RUN.ATTEMPTS, REPORT_RUN.ATTEMPTS.plus(1)).where(REPORT_RUN.ID.eq(id)).execute();
        return dsl.select(REPORT_RUN.ATTEMPTS).from(REPORT_RUN).where(REPORT_RUN.ID.eq(id)).fetchOne().value1();
    }

    /** Records the files rendered so far (a retry delivers them rather than render new versions). */
    public void rendered(long id, List<String> files) {
        dsl.update(REPORT_RUN).set(REPORT_RUN.FILES, String.join("\n", files)).where(REPORT_RUN.ID.eq(id)).execute();
    }

    /** Records the last error of an attempt that will be retried. */
    public void failedAttempt(long id, String reason) {
        dsl.update(REPORT_RUN).set(REPORT_RUN.REASON, limit(reason)).where(REPORT_RUN.ID.eq(id)).execute();
    }

    public void finish(long id, ReportRunStatus status, String reason, String destinations, Instant now) {
        dsl.update(REPORT_RUN)
                .set(REPORT_RUN.STATUS, status.name())
                .set(REPORT_RUN.REASON, limit(reason))
                .set(REPORT_RUN.DESTINATIONS, destinations)
                .set(REPORT_RUN.FINISHED_AT, time(now))
                .where(REPORT_RUN.ID.eq(id)).execute();
    }

    /**
     * Sets a FAILED run RUNNING again (keeping its attempts and files); false when the run is not FAILED, so two
     * restarts of the same run do not both run it.
     */
    public boolean restart(long id) {
        return dsl.update(REPORT_RUN)
                .set(REPORT_RUN.STATUS, ReportRunStatus.RUNNING.name())
                .set(REPORT_RUN.TRIGGERED_BY, "RESTART")
                .setNull(REPORT_RUN.FINISHED_AT)
                .where(REPORT_RUN.ID.eq(id)).and(REPORT_RUN.STATUS.eq(ReportRunStatus.FAILED.name()))
                .execute() == 1;
    }

    public Optional<ReportRun> find(long id) {
        return dsl.selectFrom(REPORT_RUN).where(REPORT_RUN.ID.eq(id)).fetchOptional().map(ReportRuns::run);
    }

    /** The newest runs first. */
    public List<ReportRun> latest(int limit) {
        return dsl.selectFrom(REPORT_RUN).orderBy(REPORT_RUN.ID.desc()).limit(limit).fetch().map(ReportRuns::run);
    }

    private static ReportRun run(ReportRunRecord r) {
        List<String> files = r.getFiles() == null || r.getFiles().isEmpty() ? List.of()
                : Arrays.asList(r.getFiles().split("\n"));
        return new ReportRun(r.getId(), r.getPeriodKind(), r.getPeriodKey(), r.getOrgCode(), r.getTriggeredBy(),
                ReportRunStatus.valueOf(r.getStatus()), r.getAttempts(), r.getReason(), files, r.getDestinations(),
                r.getStartedAt().toInstant(), r.getFinishedAt() == null ? null : r.getFinishedAt().toInstant());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String limit(String text) {
        return text == null || text.length() <= REASON_LIMIT ? text : text.substring(0, REASON_LIMIT);
    }
}

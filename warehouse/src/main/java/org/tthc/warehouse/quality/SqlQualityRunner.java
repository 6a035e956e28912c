package org.tthc.warehouse.quality;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every engine's runner shares: placeholders replaced by the engine's literals, {@code LIMIT n} appended to
 * details, samples from the details' first column, and failures turned into failed results. An engine adds how it
 * writes literals and how it runs a query.
 */
abstract class SqlQualityRunner implements QualityRunner, Placeholders.Literals {
    static final int SAMPLES = 5;
    private static final Logger log = LoggerFactory.getLogger(SqlQualityRunner.class);

    /** The {@code affected} column of the one row {@code summarySql} returns. */
    abstract long queryAffected(String summarySql);

    /** The rows of {@code detailsSql} (LIMIT included), the values of {@code columns} as text. */
    abstract List<List<String>> queryRows(String detailsSql, List<String> columns);

    @Override
    public CheckResult run(QualityCheck check, CheckScope scope, LocalDate today) {
        try {
            return found(check, scope, today, queryAffected(summary(check, scope, today)));
        } catch (Exception e) { // Spark's AnalysisException is checked to Java, though nothing declares it
            return failed(check, scope, e);
        }
    }

    /** The check's summary query over {@code scope}, placeholders replaced. */
    String summary(QualityCheck check, CheckScope scope, LocalDate today) {
        return Placeholders.render(check.sql(engine()).summary(), scope, today, this);
    }

    /** The result of a check whose summary counted {@code affected} rows: with samples when there are any. */
    CheckResult found(QualityCheck check, CheckScope scope, LocalDate today, long affected) {
        try {
            List<String> samples = affected == 0 ? List.of()
                    : rows(check, scope, today, SAMPLES).stream().map(row -> row.get(0)).toList();
            return CheckResult.found(check, affected, samples);
        } catch (Exception e) {
            return failed(check, scope, e);
        }
    }

    private CheckResult failed(QualityCheck check, CheckScope scope, Exception e) {
        // Recorded in the result and shown wherever results are (a failed error check also stops the gate).
        log.warn("check {} failed on {} for {}", check.id(), engine().label(), scope.describe(), e);
        return CheckResult.failed(check, firstLine(e));
    }

    @Override
    public DetailRows details(QualityCheck check, CheckScope scope, LocalDate today, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return new DetailRows(check.columns(), rows(check, scope, today, limit));
    }

    private List<List<String>> rows(QualityCheck check, CheckScope scope, LocalDate today, int limit) {
        String details = Placeholders.render(check.sql(engine()).details(), scope, today, this);
        return queryRows(details + "\nLIMIT " + limit, check.columns());
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

package org.tthc.warehouse.quality;

import java.util.List;
import java.util.Map;

/**
 * One declarative data-quality check of {@code checks.yaml}.
 *
 * @param columns the columns of the details query, in order; the first identifies a row (the dossier code)
 * @param sql     the queries for each engine: the common SQL, or the engine's own where the YAML gives one
 */
public record QualityCheck(
        String id,
        String name,
        Severity severity,
        String explanation,
        String recommendation,
        List<String> columns,
        Map<SqlEngine, CheckSql> sql) {

    public QualityCheck {
        columns = List.copyOf(columns);
        sql = Map.copyOf(sql);
    }

    public CheckSql sql(SqlEngine engine) {
        return sql.get(engine);
    }
}

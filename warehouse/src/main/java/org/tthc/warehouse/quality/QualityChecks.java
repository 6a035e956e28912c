package org.tthc.warehouse.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tthc.warehouse.ClassPathText;
import org.tthc.warehouse.SafeYaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The data-quality checks, read from YAML ({@code checks.yaml} beside this class; the format is described at the
 * top of that file and in docs/quality.md) and validated as a whole: every problem is reported with the file, the
 * check and the field, before any SQL runs.
 */
public final class QualityChecks {
    static final String BUNDLED = "checks.yaml";

    private static final Set<String> CHECK_FIELDS =
            Set.of("id", "name", "severity", "explanation", "recommendation", "columns", "sql");
    private static final Set<String> SQL_FIELDS = Set.of("summary", "details", "spark", "clickhouse", "why");
    private static final Set<String> ENGINE_SQL_FIELDS = Set.of("summary", "details");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*");
    /** One SELECT statement, possibly after -- comments: this also keeps out CTEs (WITH … AS (…)). */
    private static final Pattern SELECT = Pattern.compile("(?s)\\s*(--[^\\n]*\\n\\s*)*(?i:select)\\b.*");
    private static final Pattern TRAILING_LIMIT = Pattern.compile("(?is).*\\blimit\\s+\\d+\\s*");
    private static final Pattern AFFECTED = Pattern.compile("(?i)\\baffected\\b");

    private final List<QualityCheck> checks;

    private QualityChecks(List<QualityCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks shipped with the platform. */
    public static QualityChecks bundled() {
        return parse(ClassPathText.read(QualityChecks.class, BUNDLED), BUNDLED);
    }

    /** Reads and validates checks; {@code source} names the file in error messages. */
    public static QualityChecks parse(String yaml, String source) {
        Object root;
        try {
            root = SafeYaml.load(yaml);
        } catch (YAMLException e) {
            throw new InvalidCheckException(source, null, null, "not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> top) || !top.containsKey("checks") || top.size() != 1) {
            throw new InvalidCheckException(source, null, null, "expected a mapping with the one key 'checks'");
        }
        if (!(top.get("checks") instanceof List<?> entries) || entries.isEmpty()) {
            throw new InvalidCheckException(source, null, "checks", "expected a non-empty list of checks");
        }
        List<QualityCheck> checks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            QualityCheck check = new Entry(source, i, entries.get(i)).check();
            if (!ids.add(check.id())) {
                throw new InvalidCheckException(source, "'" + check.id() + "'", "id", "the id is used by an earlier check");
            }
            checks.add(check);
        }
        return new QualityChecks(checks);
    }

    /** Every check, in file order. */
    public List<QualityCheck> all() {
        return checks;
    }

    /** @throws IllegalArgumentException for an unknown id, naming the known ones */
    public QualityCheck get(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown check '" + id + "'; the checks are "
                        + String.join(", ", checks.stream().map(QualityCheck::id).toList())));
    }

    /** One entry of the list, read field by field; every failure names the file, the check and the field. */
    private static final class Entry {
        private final String source;
        private final Map<?, ?> fields;
        private String check;

        Entry(String source, int index, Object node) {
            this.source = source;
            this.check = "#" + (index + 1);
            if (!(node instanceof Map<?, ?> map)) {
                throw fail(null, "expected a mapping of " + String.join(", ", sorted(CHECK_FIELDS)));
            }
            this.fields = map;
        }

        QualityCheck check() {
            Object id = fields.get("id");
            if (id instanceof String text && ID.matcher(text).matches()) {
                check = "'" + text + "'";
            } else {
                throw fail("id", "expected lower-case letters and digits in words joined by '-', was " + quoted(id));
            }
            onlyKnownKeys(fields, CHECK_FIELDS, null);
            return new QualityCheck((String) id, text(fields, "name", null), severity(), text(fields, "explanation", null),
                    text(fields, "recommendation", null), columns(), sql());
        }

        private Severity severity() {
            String text = text(fields, "severity", null);
            for (Severity s : Severity.values()) {
                if (s.label().equals(text)) {
                    return s;
                }
            }
            throw fail("severity", "expected error, warning or info, was '" + text + "'");
        }

        private List<String> columns() {
            if (!(fields.get("columns") instanceof List<?> list) || list.isEmpty()) {
                throw fail("columns", "expected a non-empty list of the details query's column names");
            }
            List<String> columns = new ArrayList<>();
            for (Object column : list) {
                if (!(column instanceof String name) || !COLUMN.matcher(name).matches()) {
                    throw fail("columns", "expected column names in lower case (a-z, 0-9, _), found " + quoted(column));
                }
                if (columns.contains(name)) {
                    throw fail("columns", "column '" + name + "' is listed twice");
                }
                columns.add(name);
            }
            return columns;
        }

        private Map<SqlEngine, CheckSql> sql() {
            if (!(fields.get("sql") instanceof Map<?, ?> sql)) {
                throw fail("sql", "expected a mapping with summary and details");
            }
            onlyKnownKeys(sql, SQL_FIELDS, "sql.");
            CheckSql common = new CheckSql(query(sql, "summary", "sql."), query(sql, "details", "sql."));
            Map<SqlEngine, CheckSql> byEngine = new EnumMap<>(SqlEngine.class);
            boolean engineSpecific = false;
            for (SqlEngine engine : SqlEngine.values()) {
                String prefix = "sql." + engine.label();
                Object own = sql.get(engine.label());
                if (own == null) {
                    byEngine.put(engine, common);
                } else if (own instanceof Map<?, ?> map && !map.isEmpty()) {
                    onlyKnownKeys(map, ENGINE_SQL_FIELDS, prefix + ".");
                    engineSpecific = true;
                    byEngine.put(engine, new CheckSql(
                            map.containsKey("summary") ? query(map, "summary", prefix + ".") : common.summary(),
                            map.containsKey("details") ? query(map, "details", prefix + ".") : common.details()));
                } else {
                    throw fail(prefix, "expected a mapping with summary and/or details for " + engine.label() + " only");
                }
            }
            boolean why = sql.containsKey("why");
            if (engineSpecific && !why) {
                throw fail("sql.why", "engine-specific SQL needs a reason: say why the common SQL cannot express the check");
            }
            if (why) {
                text(sql, "why", "sql.");
                if (!engineSpecific) {
                    throw fail("sql.why", "there is no engine-specific SQL (sql.spark, sql.clickhouse) to explain");
                }
            }
            return byEngine;
        }

        private String query(Map<?, ?> map, String key, String prefix) {
            String field = prefix + key;
            String sql = text(map, key, prefix);
            if (!SELECT.matcher(sql).matches()) {
                throw fail(field, "expected one SELECT statement (no CTE: WITH … AS (…) is not common to Spark and "
                        + "ClickHouse 18.16)");
            }
            if (sql.contains(";")) {
                throw fail(field, "expected one statement without ';'");
            }
            for (String name : Placeholders.namesIn(sql)) {
                if (!Placeholders.NAMES.contains(name)) {
                    throw fail(field, "unknown placeholder {" + name + "}; known: "
                            + String.join(", ", sorted(Placeholders.NAMES).stream().map(n -> "{" + n + "}").toList()));
                }
            }
            if (key.equals("summary") && !AFFECTED.matcher(sql).find()) {
                throw fail(field, "expected a query returning a column named 'affected'");
            }
            if (key.equals("details") && TRAILING_LIMIT.matcher(sql).matches()) {
                throw fail(field, "ends with LIMIT: the runner appends its own, remove it");
            }
            return sql.strip();
        }

        private String text(Map<?, ?> map, String key, String prefix) {
            String field = prefix == null ? key : prefix + key;
            Object value = map.get(key);
            if (value == null) {
                throw fail(field, "is missing");
            }
            if (!(value instanceof String text) || text.isBlank()) {
                throw fail(field, "expected text, was " + quoted(value));
            }
            return text.strip();
        }

        private void onlyKnownKeys(Map<?, ?> map, Set<String> known, String prefix) {
            for (Object key : map.keySet()) {
                if (!known.contains(String.valueOf(key))) {
                    String field = prefix == null ? String.valueOf(key) : prefix + key;
                    throw fail(field, "unknown field; expected " + String.join(", ", sorted(known)));
                }
            }
        }

        private InvalidCheckException fail(String field, String reason) {
            return new InvalidCheckException(source, check, field, reason);
        }

        private static String quoted(Object value) {
            return value == null ? "nothing" : value instanceof String ? "'" + value + "'" : String.valueOf(value);
        }

        private static List<String> sorted(Set<String> names) {
            return names.stream().sorted().toList();
        }
    }
}

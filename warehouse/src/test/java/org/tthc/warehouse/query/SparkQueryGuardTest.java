package org.tthc.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.tthc.warehouse.query.AnalystQueryGuardTest.ANALYST_VIEWS;

import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.warehouse.spark.SharedSpark;

/**
 * Both guards in front of a real Spark session: analyst queries run and return the right rows; hostile statements
 * are refused by {@link SparkQueryGuard} alone (parsed, never run: the session is unchanged afterwards) and by
 * {@link AnalystQueryGuard} too. Temporary views stand in for the analyst views; {@code quarantine} is a view of the
 * session that is not an analyst view.
 */
class SparkQueryGuardTest {
    private static final String PROBE = "tthc.guard.probe";

    private static SparkSession spark;
    private static SparkQueryGuard sparkGuard;
    private static String ansiMode;

    private final AnalystQueryGuard guard = new AnalystQueryGuard(ANALYST_VIEWS);

    @BeforeAll
    static void analystViews() {
        // A session of its own: the shared one's temporary views belong to the other tests.
        spark = SharedSpark.session().newSession();
        spark.sql("""
                CREATE TEMPORARY VIEW dossier AS SELECT * FROM VALUES
                  ('D1', 'O1', 'FINISHED', DATE '2025-01-05', 'h1'),
                  ('D2', 'O1', 'PROCESSING', DATE '2025-02-10', 'h2'),
                  ('D3', 'O2', 'FINISHED', DATE '2025-02-11', 'h3'),
                  ('D4', 'O2', 'RETURNED', DATE '2024-12-30', 'h4')
                AS t(dossier_code, org_code, status, received_on, applicant_hash)""");
        spark.sql("CREATE TEMPORARY VIEW org AS SELECT * FROM VALUES ('O1', 'Sở Tư pháp'), ('O2', 'UBND huyện') "
                + "AS t(code, name)");
        spark.sql("CREATE TEMPORARY VIEW rating AS SELECT * FROM VALUES ('D1', 5), ('D3', 3) "
                + "AS t(dossier_code, score)");
        spark.sql("CREATE TEMPORARY VIEW quarantine AS SELECT 'secret' AS payload");
        sparkGuard = new SparkQueryGuard(spark, ANALYST_VIEWS);
        ansiMode = spark.conf().get("spark.sql.ansi.enabled");
    }

    static Stream<Arguments> analystQueries() {
        return Stream.of(
                ran("count", "SELECT count(*) FROM dossier", "[[4]]"),
                ran("WITH and JOIN", """
                        WITH per_org AS (SELECT org_code, count(*) AS received FROM dossier GROUP BY org_code)
                        SELECT o.name, p.received FROM per_org p JOIN org o ON o.code = p.org_code ORDER BY o.code""",
                        "[[Sở Tư pháp,2], [UBND huyện,2]]"),
                ran("window function", "SELECT dossier_code, row_number() OVER (PARTITION BY org_code "
                        + "ORDER BY received_on) AS n FROM dossier ORDER BY dossier_code",
                        "[[D1,1], [D2,2], [D3,2], [D4,1]]"),
                ran("subqueries in FROM and WHERE", "SELECT * FROM (SELECT org_code, count(*) AS n FROM dossier "
                        + "GROUP BY org_code) t "
                        + "WHERE t.org_code IN (SELECT o.code FROM org o WHERE o.name LIKE 'Sở%')",
                        "[[O1,2]]"),
                ran("GROUP BY, HAVING and CASE", "SELECT org_code, sum(CASE WHEN status = 'FINISHED' THEN 1 ELSE 0 "
                        + "END) AS finished FROM dossier GROUP BY org_code HAVING count(*) > 1 ORDER BY org_code",
                        "[[O1,1], [O2,1]]"),
                ran("keywords and semicolons inside strings", "SELECT 'DROP TABLE dossier; DELETE FROM org' AS note, "
                        + "count(*) FROM dossier WHERE status <> ';'", "[[DROP TABLE dossier; DELETE FROM org,4]]"),
                // Spark 4.0 reads 'it''s' as two adjacent strings, 'it' 's': the same boundaries as ClickHouse's
                // doubled quote, another value.
                ran("escaped quotes inside strings", "SELECT 'it''s' AS a, 'a\\' ; DROP TABLE dossier --' AS b",
                        "[[its,a' ; DROP TABLE dossier --]]"),
                ran("comments and a trailing semicolon", """
                        -- dossiers per organisation
                        SELECT /* everything */ org_code, count(*) -- counted
                        FROM dossier GROUP BY org_code ORDER BY org_code; -- done""", "[[O1,2], [O2,2]]"),
                ran("lower-case keywords", "select count(*) from dossier where status = 'FINISHED'", "[[2]]"),
                ran("comma join", "SELECT d.dossier_code, o.name FROM dossier d, org o WHERE d.org_code = o.code "
                        + "AND d.status = 'RETURNED'", "[[D4,UBND huyện]]"),
                ran("WITH name that shadows nothing", "WITH recent AS (SELECT * FROM dossier WHERE received_on >= "
                        + "DATE '2025-01-01') SELECT count(*) FROM recent", "[[3]]"),
                ran("WITH name that shadows an analyst view", "WITH org AS (SELECT 'X' AS code) SELECT code FROM org",
                        "[[X]]"),
                ran("UNION ALL and EXISTS", "SELECT org_code FROM dossier WHERE status = 'PROCESSING' UNION ALL "
                        + "SELECT code FROM org WHERE EXISTS (SELECT 1 FROM rating WHERE score > 4) ORDER BY 1",
                        "[[O1], [O1], [O2]]"),
                ran("EXTRACT, TRIM, SUBSTRING, POSITION and IS DISTINCT FROM", "SELECT extract(YEAR FROM received_on) "
                        + "AS y, trim(BOTH ' ' FROM '  x  ') AS t, substring(dossier_code FROM 2 FOR 1) AS s, "
                        + "position('3' IN dossier_code) AS p FROM dossier "
                        + "WHERE org_code IS NOT DISTINCT FROM 'O2' AND status = 'FINISHED'", "[[2025,x,3,2]]"),
                ran("IN list and NOT IN subquery", "SELECT dossier_code FROM dossier WHERE status IN ('FINISHED', "
                        + "'RETURNED') AND dossier_code NOT IN (SELECT dossier_code FROM rating) ORDER BY 1", "[[D4]]"),
                ran("range", "SELECT sum(id) FROM range(5)", "[[10]]"),
                ran("LATERAL VIEW with two column names", "SELECT d.dossier_code, p, x FROM dossier d LATERAL VIEW "
                        + "posexplode(array('a', 'b')) v AS p, x WHERE d.dossier_code = 'D1' ORDER BY p",
                        "[[D1,0,a], [D1,1,b]]"),
                ran("Vietnamese text and a backtick alias", "SELECT count(*) AS `Số hồ sơ` FROM org "
                        + "WHERE name = 'Sở Tư pháp'", "[[1]]"),
                ran("parenthesised UNION", "(SELECT 1 AS x) UNION (SELECT 2) ORDER BY x", "[[1], [2]]"),
                ran("WITH name with a column list", "WITH t (a, b) AS (SELECT 1, 2) SELECT a + b FROM t", "[[3]]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analystQueries")
    void analystQueryPassesBothGuardsAndRuns(String sql, String rows) {
        GuardedQuery guarded = guard.check(sql);

        List<Row> result = sparkGuard.dataFrame(AnalystQueryGuard.withRowLimit(guarded.sql(), 100)).collectAsList();

        assertThat(result).hasToString(rows);
    }

    @Test
    void theRowLimitLeavesOneRowMoreThanAsked() {
        GuardedQuery guarded = guard.check("SELECT id FROM range(100) ORDER BY id DESC");

        List<Row> result = sparkGuard.dataFrame(AnalystQueryGuard.withRowLimit(guarded.sql(), 10)).collectAsList();

        assertThat(result).hasSize(11);
        assertThat(result.get(0).getLong(0)).isEqualTo(99L);
    }

    static Stream<Arguments> hostileStatements() {
        String setProbe = "'java.lang.System', 'setProperty', '" + PROBE + "', 'ran'";
        return Stream.of(
                refused("stacked statement", "SELECT 1; DROP VIEW dossier",
                        "Spark SQL cannot read the query: [PARSE_SYNTAX_ERROR] Syntax error at or near 'DROP'"),
                refused("INSERT", "INSERT INTO quarantine SELECT 'x'",
                        "\"INSERT\" at character 1 makes Spark run InsertIntoStatement, which is not a query;"),
                refused("WITH … INSERT", "WITH x AS (SELECT 'x') INSERT INTO quarantine SELECT * FROM x",
                        "\"INSERT\" at character 24 makes Spark run InsertIntoStatement"),
                refused("CREATE TEMPORARY VIEW", "CREATE TEMPORARY VIEW pwned AS SELECT 1",
                        "\"CREATE\" at character 1 makes Spark run CreateViewCommand"),
                refused("replace an analyst view", "CREATE OR REPLACE TEMPORARY VIEW dossier AS SELECT 1 AS x",
                        "\"CREATE\" at character 1 makes Spark run CreateViewCommand"),
                refused("DROP VIEW", "DROP VIEW dossier", "\"DROP\" at character 1 makes Spark run DropView"),
                refused("SET", "SET spark.sql.ansi.enabled = false",
                        "\"SET\" at character 1 makes Spark run SetCommand"),
                refused("ADD JAR", "ADD JAR /tmp/evil.jar", "\"ADD\" at character 1 makes Spark run AddJarsCommand"),
                refused("CACHE TABLE", "CACHE TABLE dossier", "\"CACHE\" at character 1 makes Spark run CacheTable"),
                refused("EXPLAIN", "EXPLAIN SELECT * FROM dossier",
                        "\"EXPLAIN\" at character 1 makes Spark run ExplainCommand"),
                refused("DESCRIBE", "DESCRIBE dossier", "\"DESCRIBE\" at character 1 makes Spark run DescribeRelation"),
                refused("DECLARE VARIABLE", "DECLARE VARIABLE x INT",
                        "\"DECLARE\" at character 1 makes Spark run CreateVariable"),
                refused("EXECUTE IMMEDIATE", "EXECUTE IMMEDIATE 'DROP VIEW dossier'",
                        "\"EXECUTE\" at character 1 makes Spark run ExecuteImmediateQuery"),
                refused("reflect", "SELECT reflect(" + setProbe + ")",
                        "\"reflect(…)\" at character 8 runs code on the server."),
                refused("java_method", "SELECT java_method(" + setProbe + ") FROM dossier",
                        "\"java_method(…)\" at character 8 runs code on the server."),
                refused("quoted java_method", "SELECT `java_method`(" + setProbe + ")",
                        "\"java_method(…)\" at character 8 runs code on the server."),
                refused("builtin.reflect", "SELECT builtin.reflect(" + setProbe + ")",
                        "\"builtin.reflect(…)\" at character 8 runs code on the server."),
                refused("reflect in a subquery",
                        "SELECT * FROM dossier WHERE EXISTS (SELECT reflect(" + setProbe + "))",
                        "\"reflect(…)\" at character 44 runs code on the server."),
                refused("IDENTIFIER as a function name", "SELECT IDENTIFIER('reflect')(" + setProbe + ")",
                        "\"IDENTIFIER(…)\" at character 8 builds names from text;"),
                refused("path relation", "SELECT * FROM parquet.`/etc`",
                        "\"parquet.`/etc`\" at character 15 names a table of another database or catalogue, "
                                + "or a file path;"),
                refused("read_files", "SELECT * FROM read_files('/etc/passwd')",
                        "\"read_files(…)\" at character 15 reads files, URLs or cloud storage;"),
                refused("IDENTIFIER as a table", "SELECT * FROM IDENTIFIER('quarantine')",
                        "\"IDENTIFIER\" at character 15 builds a table name from text"),
                refused("session view that is not an analyst view", "SELECT * FROM quarantine",
                        "\"quarantine\" at character 15 is not an analyst view or a name defined earlier in WITH;"),
                refused("database-qualified view", "SELECT * FROM default.dossier",
                        "\"default.dossier\" at character 15 names a table of another database"),
                refused("table options", "SELECT * FROM dossier WITH ('path' = '/etc')",
                        "\"dossier\" at character 15 has table options (WITH (…)), which are not allowed."),
                refused("TRANSFORM … USING 'script'", "SELECT TRANSFORM(dossier_code) USING 'cat' FROM dossier",
                        "\"SELECT\" at character 1 runs an external script (TRANSFORM … USING);"),
                refused("WITH name that refers to itself",
                        "WITH quarantine AS (SELECT * FROM quarantine) SELECT * FROM quarantine",
                        "\"quarantine\" at character 35 is not an analyst view"),
                refused("subquery", "SELECT * FROM dossier WHERE dossier_code IN (SELECT payload FROM quarantine)",
                        "\"quarantine\" at character 66 is not an analyst view"),
                refused("UNION TABLE", "SELECT 'x' UNION TABLE quarantine",
                        "\"quarantine\" at character 24 is not an analyst view"),
                refused("LATERAL subquery", "SELECT * FROM dossier, LATERAL (SELECT * FROM quarantine)",
                        "\"quarantine\" at character 47 is not an analyst view"),
                refused("pipe syntax", "SELECT * FROM dossier |> WHERE true",
                        "\"SELECT\" at character 1 makes Spark run PipeOperator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStatements")
    void hostileStatementIsRefusedBySparksParserCheckBeforeItRuns(String sql, String message) {
        assertThatThrownBy(() -> sparkGuard.dataFrame(sql))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessageStartingWith(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStatements")
    void hostileStatementIsRefusedByTheTextGuardToo(String sql, String message) {
        assertThatThrownBy(() -> guard.check(sql)).isInstanceOf(QueryRefusedException.class);
    }

    @Test
    void aHintIsRefusedBySparksParserCheckAndBlankedOutByTheTextGuard() {
        String sql = "SELECT /*+ REPARTITION(1000) */ * FROM dossier";

        assertThatThrownBy(() -> sparkGuard.check(sql))
                .hasMessageStartingWith("\"REPARTITION\" at character 8 is an optimizer hint;");
        assertThat(sparkGuard.dataFrame(guard.check(sql).sql()).count()).isEqualTo(4);
    }

    @Test
    void anExpressionTooDeepForSparksParserIsRefused() {
        String sql = "SELECT " + "- ".repeat(8_000) + "1";

        assertThatThrownBy(() -> sparkGuard.check(sql))
                .hasMessage("The query is too deeply nested for Spark to read; simplify it, for example by naming "
                        + "parts in WITH.");
    }

    @Test
    void analystViewsCompareAsSparkComparesNames() {
        assertThat(sparkGuard.dataFrame("SELECT count(*) FROM DOSSIER").first().getLong(0)).isEqualTo(4);
    }

    /** Nothing a refused statement would have done has happened. */
    @AfterEach
    void theSessionIsUntouched() {
        assertThat(System.getProperty(PROBE)).isNull();
        assertThat(spark.catalog().tableExists("pwned")).isFalse();
        assertThat(spark.catalog().isCached("dossier")).isFalse();
        assertThat(spark.conf().get("spark.sql.ansi.enabled")).isEqualTo(ansiMode);
        assertThat(spark.sparkContext().listJars().isEmpty()).isTrue();
        assertThat(spark.table("dossier").columns())
                .containsExactly("dossier_code", "org_code", "status", "received_on", "applicant_hash");
        assertThat(spark.table("quarantine").columns()).containsExactly("payload");
    }

    private static Arguments ran(String description, String sql, String rows) {
        return Arguments.of(named(description, sql), rows);
    }

    private static Arguments refused(String description, String sql, String message) {
        return Arguments.of(named(description, sql), message);
    }
}

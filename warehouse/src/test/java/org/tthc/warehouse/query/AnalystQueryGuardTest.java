package org.tthc.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text guard on hostile statements of both dialects (each refused with the message an analyst reads) and on
 * legitimate analyst queries (accepted, with what the guard learned). No engine is involved.
 */
class AnalystQueryGuardTest {
    static final List<String> ANALYST_VIEWS =
            List.of("dossier", "dossier_event", "rating", "period_statistics", "org", "org_history", "quality_result");

    private final AnalystQueryGuard guard = new AnalystQueryGuard(ANALYST_VIEWS);

    static Stream<Arguments> hostileStatements() {
        return Stream.of(
                // more than one statement
                refused("stacked statement", "SELECT 1; DROP TABLE dossier",
                        "\"DROP\" at character 11 starts a second statement after the \";\" at character 9;"),
                refused("semicolon inside a comment, then a second statement", "SELECT 1 /* ; */ ; DROP TABLE dossier",
                        "\"DROP\" at character 20 starts a second statement after the \";\" at character 18;"),
                refused("two semicolons", "SELECT 1;;",
                        "\";\" at character 10 starts a second statement after the \";\" at character 9;"),
                refused("second statement after a line comment", "SELECT 1; -- harmless\nDELETE FROM dossier",
                        "\"DELETE\" at character 23 starts a second statement after the \";\" at character 9;"),
                refused("doubled quote closes nothing early", "SELECT 'it''s'; DROP TABLE dossier",
                        "\"DROP\" at character 17 starts a second statement"),
                refused("escaped backslash ends the string", "SELECT 'a\\\\'; DROP TABLE dossier --'",
                        "\"DROP\" at character 15 starts a second statement"),
                refused("ClickHouse # comment hides no semicolon", "SELECT 1 # note\n; DROP TABLE dossier",
                        "\"DROP\" at character 19 starts a second statement"),
                refused("ClickHouse #! comment hides no semicolon", "SELECT 1 #!x\n; DROP TABLE dossier",
                        "\"DROP\" at character 16 starts a second statement"),
                refused("no-break and em spaces are spaces", "SELECT 1\u00A0;\u2003DROP TABLE dossier",
                        "\"DROP\" at character 12 starts a second statement"),
                // statements that are not queries
                refused("INSERT", "INSERT INTO dossier SELECT * FROM dossier",
                        "\"INSERT\" at character 1 changes data; analyst queries only read data."),
                refused("WITH … DELETE", "WITH x AS (SELECT 1) DELETE FROM dossier WHERE 1 = 1",
                        "\"DELETE\" at character 22 changes data;"),
                refused("WITH … INSERT", "WITH x AS (SELECT 1) INSERT INTO dossier SELECT * FROM x",
                        "\"INSERT\" at character 22 changes data;"),
                refused("UPDATE", "UPDATE dossier SET status = 'FINISHED'", "\"UPDATE\" at character 1 changes data;"),
                refused("MERGE", "MERGE INTO dossier USING rating ON 1 = 1 WHEN MATCHED THEN DELETE",
                        "\"MERGE\" at character 1 changes data;"),
                refused("ClickHouse ALTER … DELETE", "ALTER TABLE dossier DELETE WHERE 1 = 1",
                        "\"ALTER\" at character 1 changes tables or views;"),
                refused("CREATE TEMPORARY VIEW", "CREATE TEMPORARY VIEW v AS SELECT * FROM dossier",
                        "\"CREATE\" at character 1 changes tables or views;"),
                refused("DROP", "drop table dossier", "\"drop\" at character 1 changes tables or views;"),
                refused("TRUNCATE", "TRUNCATE TABLE dossier", "\"TRUNCATE\" at character 1 changes data;"),
                refused("Spark SET", "SET spark.sql.ansi.enabled = false",
                        "\"SET\" at character 1 controls the engine or the session;"),
                refused("Spark ADD JAR", "ADD JAR /tmp/evil.jar", "\"ADD\" at character 1 controls the engine"),
                refused("Spark CACHE TABLE", "CACHE TABLE dossier", "\"CACHE\" at character 1 controls the engine"),
                refused("ClickHouse SYSTEM", "SYSTEM SHUTDOWN", "\"SYSTEM\" at character 1 controls the engine"),
                refused("ClickHouse KILL", "KILL QUERY WHERE 1 = 1", "\"KILL\" at character 1 controls the engine"),
                refused("GRANT", "GRANT SELECT ON *.* TO analyst", "\"GRANT\" at character 1 controls the engine"),
                refused("ClickHouse OPTIMIZE", "OPTIMIZE TABLE dossier FINAL",
                        "\"OPTIMIZE\" at character 1 changes tables or views;"),
                refused("EXPLAIN", "EXPLAIN SELECT * FROM dossier",
                        "\"EXPLAIN\" at character 1 shows engine internals;"),
                refused("DESC", "DESC dossier",
                        "\"DESC\" at character 1 starts the query, but a query must start with SELECT or WITH."),
                refused("VALUES as a statement", "VALUES (1)",
                        "\"VALUES\" at character 1 starts the query, but a query must start with SELECT or WITH."),
                // clauses that write elsewhere or change the limits
                refused("INTO OUTFILE", "SELECT * FROM dossier INTO OUTFILE '/tmp/dossiers.csv'",
                        "\"INTO\" at character 23 would write the result somewhere else;"),
                refused("SETTINGS readonly=0", "SELECT * FROM dossier SETTINGS readonly = 0",
                        "\"SETTINGS\" at character 23 could override the row and time limits;"),
                refused("FORMAT", "SELECT * FROM dossier FORMAT TabSeparated",
                        "\"FORMAT\" at character 23 is not needed: the service chooses the output format."),
                refused("FORMAT clause written like a function", "SELECT * FROM dossier FORMAT(JSON)",
                        "\"FORMAT\" at character 23 is not needed: the service chooses the output format."),
                refused("Spark TRANSFORM … USING 'script'",
                        "SELECT TRANSFORM(dossier_code) USING 'cat' AS (c) FROM dossier",
                        "\"USING\" at character 32 followed by text runs an external script"),
                refused("Spark table options", "SELECT * FROM dossier WITH ('path' = '/etc')",
                        "\"WITH\" at character 23 followed by parentheses after a relation sets table options"),
                refused("Spark pipe syntax", "SELECT * FROM dossier |> WHERE status = 'FINISHED'",
                        "\"|>\" at character 23 is Spark's pipe syntax"),
                // table functions and dangerous functions
                refused("ClickHouse file()", "SELECT * FROM file('/etc/passwd', 'CSV', 'line String')",
                        "\"file(…)\" at character 15 reads files, URLs or cloud storage;"),
                refused("ClickHouse url()",
                        "SELECT * FROM url('http://169.254.169.254/latest/meta-data/', CSV, 'x String')",
                        "\"url(…)\" at character 15 reads files, URLs or cloud storage;"),
                refused("ClickHouse s3()", "SELECT * FROM s3('https://bucket.s3.amazonaws.com/data.csv')",
                        "\"s3(…)\" at character 15 reads files"),
                refused("ClickHouse remote()", "SELECT * FROM remote('10.0.0.5', default.dossier)",
                        "\"remote(…)\" at character 15 reaches tables, databases or servers other than the "
                                + "analyst views."),
                refused("ClickHouse mysql()", "SELECT * FROM mysql('db:3306', 'shop', 'users', 'root', '')",
                        "\"mysql(…)\" at character 15 reaches tables, databases or servers"),
                refused("ClickHouse executable()", "SELECT * FROM executable('evil.sh', 'TabSeparated', 'x String')",
                        "\"executable(…)\" at character 15 runs code on the server."),
                refused("ClickHouse loop() in a JOIN",
                        "SELECT 1 FROM numbers(10) JOIN loop(quarantine) USING number",
                        "\"loop(…)\" at character 32 reaches tables"),
                refused("other table function", "SELECT * FROM generateRandom('a Int8')",
                        "\"generateRandom(…)\" at character 15 is a table function; queries may read only the "
                                + "analyst views and the row generators numbers(…), zeros(…), range(…), VALUES."),
                refused("ClickHouse dictGet", "SELECT dictGet('secrets', 'value', toUInt64(1))",
                        "\"dictGet(…)\" at character 8 reaches tables"),
                refused("ClickHouse sleepEachRow", "SELECT sleepEachRow(3) FROM dossier",
                        "\"sleepEachRow(…)\" at character 8 only makes the engine wait."),
                refused("quoted function name", "SELECT `file`('/etc/passwd')",
                        "\"`file`(…)\" at character 8 reads files"),
                refused("function name in capitals, comment before the parenthesis",
                        "SELECT FILE /* spaced */ ('/etc/passwd')", "\"FILE(…)\" at character 8 reads files"),
                refused("Spark reflect", "SELECT reflect('java.lang.Runtime', 'getRuntime')",
                        "\"reflect(…)\" at character 8 runs code on the server."),
                refused("Spark java_method", "SELECT java_method('java.lang.System', 'setProperty', 'k', 'v')",
                        "\"java_method(…)\" at character 8 runs code on the server."),
                refused("Spark builtin.reflect", "SELECT builtin.reflect('java.lang.Runtime', 'getRuntime')",
                        "\"reflect(…)\" at character 16 runs code on the server."),
                refused("Spark read_files", "SELECT * FROM read_files('/etc/passwd')",
                        "\"read_files(…)\" at character 15 reads files"),
                refused("Spark IDENTIFIER()", "SELECT * FROM IDENTIFIER('quarantine')",
                        "\"IDENTIFIER(…)\" at character 15 reaches tables"),
                refused("IN written as a function", "SELECT in(dossier_code, quarantine) FROM dossier",
                        "\"in(…)\" at character 8 is IN written as a function"),
                // relations other than the analyst views
                refused("ClickHouse system table", "SELECT * FROM system.users",
                        "\"system.users\" at character 15 is a table of the engine's own catalogue; queries may read "
                                + "only the analyst views dossier, dossier_event, org, org_history, period_statistics, "
                                + "quality_result, rating and names defined in WITH."),
                refused("quoted system table", "SELECT * FROM `system`.`users`",
                        "\"`system`.`users`\" at character 15 is a table of the engine's own catalogue;"),
                refused("information_schema", "SELECT * FROM information_schema.tables",
                        "\"information_schema.tables\" at character 15 is a table of the engine's own catalogue;"),
                refused("database-qualified view", "SELECT * FROM default.dossier",
                        "\"default.dossier\" at character 15 names a table in another database or catalogue;"),
                refused("Spark path relation", "SELECT * FROM parquet.`/etc`",
                        "\"parquet.`/etc`\" at character 15 reads files directly;"),
                refused("unknown table", "SELECT * FROM quarantine",
                        "\"quarantine\" at character 15 is not an analyst view or a name defined earlier in WITH;"),
                refused("view name in other letter case", "SELECT * FROM Dossier",
                        "\"Dossier\" at character 15 is not an analyst view or a name defined earlier in WITH "
                                + "(did you mean dossier?);"),
                refused("comma join", "SELECT * FROM dossier, quarantine", "\"quarantine\" at character 24 is not"),
                refused("JOIN", "SELECT * FROM dossier d JOIN quarantine q ON d.dossier_code = q.dossier_code",
                        "\"quarantine\" at character 30 is not"),
                refused("parenthesised join", "SELECT * FROM dossier AS d LEFT JOIN (org_history h JOIN quarantine q "
                        + "ON h.code = q.code) ON d.org_code = h.code", "\"quarantine\" at character 58 is not"),
                refused("subquery", "SELECT * FROM dossier WHERE dossier_code IN (SELECT payload FROM quarantine)",
                        "\"quarantine\" at character 66 is not"),
                refused("EXISTS subquery", "SELECT * FROM dossier WHERE NOT EXISTS (SELECT 1 FROM org_rollup)",
                        "\"org_rollup\" at character 55 is not"),
                refused("subquery next to EXTRACT … FROM",
                        "SELECT extract(YEAR FROM received_at), (SELECT count(*) FROM quarantine) FROM dossier",
                        "\"quarantine\" at character 62 is not"),
                refused("ClickHouse IN table", "SELECT * FROM dossier WHERE dossier_code IN quarantine",
                        "\"quarantine\" at character 45 is not"),
                refused("ClickHouse IN (table)", "SELECT * FROM dossier WHERE dossier_code IN (quarantine)",
                        "\"quarantine\" at character 46 is not an analyst view or a name defined earlier in WITH "
                                + "(after IN, ClickHouse reads a name as a table; to compare with a column, write = "
                                + "instead);"),
                refused("ClickHouse IN ((table))", "SELECT * FROM dossier WHERE dossier_code IN ((quarantine))",
                        "\"quarantine\" at character 47 is not an analyst view"),
                refused("Spark TABLE", "SELECT 1 UNION TABLE quarantine", "\"quarantine\" at character 22 is not"),
                refused("WITH name that refers to itself",
                        "WITH quarantine AS (SELECT * FROM quarantine) SELECT * FROM quarantine",
                        "\"quarantine\" at character 35 is not an analyst view or a name defined earlier in WITH;"),
                refused("WITH name outside its parentheses",
                        "SELECT * FROM (WITH q AS (SELECT 1 AS x) SELECT * FROM q) t, q",
                        "\"q\" at character 62 is not an analyst view"),
                // text the engines would read differently, and other tricks
                refused("ClickHouse heredoc", "SELECT $$'$$ FROM file('/etc/passwd') --'",
                        "\"$\" at character 8 is not allowed outside quotes"),
                refused("backslash in backticks", "SELECT `a\\` FROM file('/etc/passwd') -- `",
                        "\"`a\\`\" at character 8 holds a backslash, which Spark and ClickHouse read differently"),
                refused("backslash in a raw string", "SELECT r'\\' FROM file('/etc/passwd') --'",
                        "\"r'\\'\" at character 8 is a raw string with a backslash"),
                refused("ClickHouse // comment", "SELECT 1 // ' \nFROM file('/etc/passwd') --'",
                        "\"file(…)\" at character 21 reads files"),
                refused("number run into a keyword", "SELECT 1from system.users",
                        "\"1from\" at character 8 runs a number into a word;"),
                refused("homoglyph", "SELECT * FROM \u0455ystem.users",
                        "\"\u0455\" at character 15 (U+0455) is not allowed outside quotes"),
                refused("full-width semicolon", "SELECT 1\uFF1BDROP TABLE dossier",
                        "\"\uFF1B\" at character 9 (U+FF1B) is not allowed outside quotes"),
                refused("zero-width space inside a keyword", "SELECT 1 FR\u200BOM dossier",
                        "\"\u200B\" at character 12 (U+200B) is not allowed outside quotes"),
                refused("NUL character", "SELECT 'x\u0000' FROM dossier",
                        "\"U+0000\" at character 10 is a control character;"),
                refused("# without a space", "SELECT 1 #note", "\"#\" at character 10 starts a comment only when"),
                refused("ClickHouse query parameter", "SELECT {id:UInt32}",
                        "\"{\" at character 8 is not allowed: query parameters and map literals are not supported;"),
                refused("unclosed string", "SELECT 'abc FROM dossier",
                        "\"'\" at character 8 opens a string that is never closed."),
                refused("unclosed comment", "SELECT 1 /* DROP TABLE dossier",
                        "\"/*\" at character 10 opens a comment that is never closed with */."),
                refused("unclosed parenthesis", "SELECT (1", "\"(\" at character 8 is never closed."),
                refused("unmatched parenthesis", "SELECT 1)", "\")\" at character 9 has no matching \"(\"."),
                refused("deeply nested parentheses", "SELECT " + "(".repeat(100) + "1" + ")".repeat(100),
                        "\"(\" at character 72 is nested more than 64 levels deep"),
                refused("deeply nested CASE", "SELECT " + "CASE WHEN 1 = 1 THEN ".repeat(70) + "1" + " END".repeat(70),
                        "\"CASE\" at character 1352 is nested more than 64 levels deep"),
                refused("too long", "SELECT " + "1 + ".repeat(6_000) + "1",
                        "The query is 24,008 characters long; the limit is 20,000."),
                refused("empty", "   ", "The query is empty."),
                refused("only a comment", "-- SELECT 1", "The query is empty: it holds no statement"),
                refused("only a semicolon", " ; ", "The query is empty: it holds no statement"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStatements")
    void hostileStatementIsRefusedWithAClearMessage(String sql, String message) {
        assertThatThrownBy(() -> guard.check(sql))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void theRefusalCarriesTheTokenAndItsPosition() {
        assertThatThrownBy(() -> guard.check("SELECT * FROM dossier SETTINGS readonly = 0"))
                .isInstanceOfSatisfying(QueryRefusedException.class, refusal -> {
                    assertThat(refusal.token()).isEqualTo("SETTINGS");
                    assertThat(refusal.position()).isEqualTo(23);
                });
    }

    static Stream<Arguments> analystQueries() {
        return Stream.of(
                accepted("plain SELECT with a condition",
                        "SELECT dossier_code, status FROM dossier WHERE received_on >= DATE '2025-01-01'", "dossier"),
                accepted("WITH and JOIN", """
                        WITH monthly AS (
                            SELECT org_code, count(*) AS received FROM dossier GROUP BY org_code
                        )
                        SELECT o.name, m.received
                        FROM monthly m JOIN org o ON o.code = m.org_code
                        ORDER BY m.received DESC
                        LIMIT 10""", "dossier", "org"),
                accepted("window function", "SELECT dossier_code, row_number() OVER (PARTITION BY org_code "
                        + "ORDER BY received_on) AS n FROM dossier", "dossier"),
                accepted("subqueries in FROM and WHERE", "SELECT * FROM (SELECT org_code, count(*) AS n FROM dossier "
                        + "GROUP BY org_code) t WHERE n > (SELECT avg(score) FROM rating)", "dossier", "rating"),
                accepted("GROUP BY, HAVING and CASE", "SELECT org_code, sum(CASE WHEN status = 'FINISHED' THEN 1 "
                        + "ELSE 0 END) AS finished FROM dossier GROUP BY org_code HAVING count(*) > 1", "dossier"),
                accepted("keywords and semicolons inside strings", "SELECT 'DROP TABLE dossier; DELETE FROM org' AS "
                        + "note, count(*) FROM dossier WHERE status <> ';' AND org_code <> '--'", "dossier"),
                accepted("escaped quotes inside strings", "SELECT 'it''s', 'a\\' ; DROP TABLE dossier --' FROM org",
                        "org"),
                accepted("comments and a trailing semicolon", """
                        -- dossiers per organisation
                        SELECT /* everything */ org_code, count(*) -- counted
                        FROM dossier GROUP BY org_code; -- done""", "dossier"),
                accepted("trailing semicolon then a comment", "SELECT 1; --", new String[0]),
                accepted("lower-case keywords", "select count(*) from dossier where status = 'FINISHED'", "dossier"),
                accepted("mixed-case keywords", "SeLeCt * FrOm org_history", "org_history"),
                accepted("comma join", "SELECT d.dossier_code, o.name FROM dossier d, org o "
                        + "WHERE d.org_code = o.code", "dossier", "org"),
                accepted("WITH name that shadows nothing", "WITH recent AS (SELECT * FROM dossier WHERE received_on "
                        + ">= DATE '2025-01-01'), rated AS (SELECT r.* FROM rating r JOIN recent USING (dossier_code)) "
                        + "SELECT count(*) FROM rated", "dossier", "rating"),
                accepted("WITH name with a column list", "WITH t (a, b) AS (SELECT 1, 2) SELECT a + b FROM t"),
                accepted("UNION ALL and EXISTS", "SELECT org_code FROM dossier UNION ALL SELECT code FROM org "
                        + "WHERE EXISTS (SELECT 1 FROM rating)", "dossier", "org", "rating"),
                accepted("parenthesised UNION", "(SELECT 1 AS x) UNION (SELECT 2)"),
                accepted("EXTRACT, TRIM, SUBSTRING, POSITION and IS DISTINCT FROM", "SELECT extract(YEAR FROM "
                        + "received_on), trim(BOTH ' ' FROM dossier_code), substring(dossier_code FROM 1 FOR 3), "
                        + "position('-' IN dossier_code) FROM dossier WHERE org_code IS NOT DISTINCT FROM 'H01'",
                        "dossier"),
                accepted("IN lists and subqueries", "SELECT * FROM dossier WHERE status IN ('FINISHED', 'RETURNED') "
                        + "AND org_code NOT IN (SELECT code FROM org_history WHERE code IS NULL) "
                        + "AND dossier_code GLOBAL NOT IN (SELECT dossier_code FROM rating)",
                        "dossier", "org_history", "rating"),
                accepted("row generators", "SELECT number FROM numbers(10) UNION ALL SELECT id FROM range(3)"),
                accepted("Spark LATERAL VIEW with two column names", "SELECT d.dossier_code, p, x FROM dossier d "
                        + "LATERAL VIEW posexplode(array(1, 2)) v AS p, x", "dossier"),
                accepted("ClickHouse ARRAY JOIN of two arrays", "SELECT org_code, tag, n FROM dossier "
                        + "ARRAY JOIN [1, 2] AS n, ['a', 'b'] AS tag", "dossier"),
                accepted("ClickHouse format and transform functions", "SELECT format('{}-{}', org_code, status), "
                        + "transform(status, ['A'], ['B'], 'C'), formatDateTime(received_on, '%Y') FROM dossier",
                        "dossier"),
                accepted("Vietnamese text and a backtick alias", "SELECT count(*) AS `Số hồ sơ` FROM org "
                        + "WHERE name = 'Ủy ban nhân dân tỉnh'", "org"),
                accepted("copy-pasted no-break spaces", "SELECT\u00A0*\u00A0FROM\u00A0period_statistics",
                        "period_statistics"),
                accepted("numbers with suffixes", "SELECT 10L, 1.5D, 2BD, 1e-3, 0x1F, .5 FROM quality_result",
                        "quality_result"),
                accepted("scalar WITH of ClickHouse", "WITH (SELECT max(score) FROM rating) AS best, 1 AS one, "
                        + "top AS (SELECT * FROM rating) SELECT best, one FROM top", "rating"),
                accepted("dossier_event and quality_result", "SELECT e.event_code, q.check_name FROM dossier_event e "
                        + "LEFT JOIN quality_result q ON q.dossier_code = e.dossier_code", "dossier_event",
                        "quality_result"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analystQueries")
    void analystQueryIsAcceptedWithTheViewsItReads(String sql, String[] views) {
        GuardedQuery guarded = guard.check(sql);

        assertThat(guarded.views()).containsExactly(views);
    }

    @Test
    void theGuardedSqlHasNoCommentsNoFinalSemicolonAndKeepsEveryPosition() {
        String sql = "SELECT /* c */ 1 -- line\n FROM dossier ; -- after";

        GuardedQuery guarded = guard.check(sql);

        assertThat(guarded.sql()).isEqualTo("SELECT         1        \n FROM dossier");
        assertThat(guarded.sql().indexOf("FROM")).isEqualTo(sql.indexOf("FROM"));
    }

    @Test
    void unicodeSpacesBecomePlainSpacesOutsideStringsOnly() {
        GuardedQuery guarded = guard.check("SELECT\u00A0'\u00A0' FROM org");

        assertThat(guarded.sql()).isEqualTo("SELECT '\u00A0' FROM org");
    }

    @Test
    void theGuardLearnsTheNamesDefinedInWith() {
        GuardedQuery guarded = guard.check(
                "WITH recent AS (SELECT * FROM dossier), rated (code) AS (SELECT dossier_code FROM rating) "
                        + "SELECT * FROM recent JOIN rated ON rated.code = recent.dossier_code");

        assertThat(guarded.commonTableExpressions()).containsExactly("rated", "recent");
        assertThat(guarded.views()).containsExactly("dossier", "rating");
    }

    @Test
    void aWithNameMayShadowAnAnalystView() {
        GuardedQuery guarded = guard.check("WITH org AS (SELECT 1 AS code) SELECT * FROM org");

        assertThat(guarded.views()).isEmpty();
        assertThat(guarded.commonTableExpressions()).containsExactly("org");
    }

    @Test
    void theRowLimitWrapsTheQueryAndAsksForOneRowMore() {
        String limited = AnalystQueryGuard.withRowLimit("SELECT * FROM dossier ORDER BY 1", 1_000);

        assertThat(limited)
                .isEqualTo("SELECT * FROM (\nSELECT * FROM dossier ORDER BY 1\n) AS limited_result LIMIT 1001");
        assertThat(guard.check(limited).views()).containsExactly("dossier");
        assertThatThrownBy(() -> AnalystQueryGuard.withRowLimit("SELECT 1", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLengthLimitIsConfigurable() {
        AnalystQueryGuard shortQueries = new AnalystQueryGuard(ANALYST_VIEWS, 20);

        assertThat(shortQueries.check("SELECT * FROM org").views()).containsExactly("org");
        assertThatThrownBy(() -> shortQueries.check("SELECT * FROM dossier"))
                .hasMessage("The query is 21 characters long; the limit is 20. "
                        + "Shorten it, for example by naming a repeated part once in WITH.");
    }

    @Test
    void analystViewsAreConfigurationNotCode() {
        AnalystQueryGuard other = new AnalystQueryGuard(List.of("monthly_summary"));

        assertThat(other.check("SELECT * FROM monthly_summary").views()).containsExactly("monthly_summary");
        assertThatThrownBy(() -> other.check("SELECT * FROM dossier")).hasMessageContaining("is not an analyst view");
        assertThat(other.analystViews()).isEqualTo(Set.of("monthly_summary"));
        assertThatThrownBy(() -> new AnalystQueryGuard(List.of("db.view")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Arguments refused(String description, String sql, String message) {
        return Arguments.of(named(description, sql), message);
    }

    private static Arguments accepted(String description, String sql, String... views) {
        return Arguments.of(named(description, sql), views);
    }
}

package org.tthc.warehouse.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tthc.domain.period.Period;

class QualityChecksTest {
    /** A valid check; each case below breaks one thing in it. */
    private static final String VALID = """
            checks:
              - id: ended-early
                name: Ended early
                severity: error
                explanation: The end is before the start.
                recommendation: Fix the dates.
                columns: [dossier_code, source_system]
                sql:
                  summary: |
                    SELECT count(*) AS affected FROM dossier d WHERE d.finished_at < {period_start}
                  details: |
                    SELECT d.dossier_code AS dossier_code, d.source_system AS source_system
                    FROM dossier d WHERE d.finished_at < {period_start}
                    ORDER BY dossier_code
            """;

    @Test
    void theBundledChecksAreTheSeededOnesWithTheirSeverities() {
        QualityChecks checks = QualityChecks.bundled();

        assertThat(checks.all()).extracting(QualityCheck::id, QualityCheck::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("missing-receive-date", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("solved-without-end-date", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("date-in-the-future", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("ended-before-received", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("inter-agency-copy-counted-twice", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("due-on-non-working-day", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("organisation-not-valid-at-receipt", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("online-submission-of-level-2-procedure", Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("procedure-not-in-catalogue", Severity.WARNING));
        assertThat(checks.all()).allSatisfy(check -> {
            assertThat(check.columns()).startsWith("dossier_code", "source_system");
            assertThat(check.sql(SqlEngine.CLICKHOUSE)).as("no engine-specific SQL").isEqualTo(check.sql(SqlEngine.SPARK));
        });
    }

    @Test
    void aValidCheckReadsWithTheCommonSqlForBothEngines() {
        QualityCheck check = QualityChecks.parse(VALID, "test.yaml").get("ended-early");

        assertThat(check.name()).isEqualTo("Ended early");
        assertThat(check.severity()).isEqualTo(Severity.ERROR);
        assertThat(check.columns()).containsExactly("dossier_code", "source_system");
        assertThat(check.sql(SqlEngine.SPARK).summary())
                .isEqualTo("SELECT count(*) AS affected FROM dossier d WHERE d.finished_at < {period_start}");
        assertThat(check.sql(SqlEngine.CLICKHOUSE)).isEqualTo(check.sql(SqlEngine.SPARK));
    }

    @Test
    void anEngineMayHaveItsOwnQueryWhenTheReasonIsGiven() {
        QualityCheck check = QualityChecks.parse(VALID.replace("    sql:\n", """
                    sql:
                      why: ClickHouse 18.16 has no X
                      clickhouse:
                        summary: SELECT count() AS affected FROM dossier
                """), "test.yaml").get("ended-early");

        assertThat(check.sql(SqlEngine.CLICKHOUSE).summary()).isEqualTo("SELECT count() AS affected FROM dossier");
        assertThat(check.sql(SqlEngine.CLICKHOUSE).details()).isEqualTo(check.sql(SqlEngine.SPARK).details());
        assertThat(check.sql(SqlEngine.SPARK).summary()).contains("count(*)");
    }

    static Stream<Arguments> brokenChecks() {
        return Stream.of(
                Arguments.of(VALID.replace("severity: error", "severity: fatal"),
                        "test.yaml, check 'ended-early', field 'severity': expected error, warning or info, was 'fatal'"),
                Arguments.of(VALID.replace("    name: Ended early\n", ""),
                        "test.yaml, check 'ended-early', field 'name': is missing"),
                Arguments.of(VALID.replace("    name: Ended early", "    nmae: Ended early"),
                        "test.yaml, check 'ended-early', field 'nmae': unknown field; expected columns, explanation,"),
                Arguments.of(VALID.replace("id: ended-early", "id: Ended_Early"),
                        "test.yaml, check #1, field 'id': expected lower-case letters and digits in words joined by '-'"),
                Arguments.of(VALID.replace("{period_start}", "{period_begin}"),
                        "test.yaml, check 'ended-early', field 'sql.summary': unknown placeholder {period_begin}; known:"),
                Arguments.of(VALID.replace("ORDER BY dossier_code", "ORDER BY dossier_code LIMIT 10"),
                        "field 'sql.details': ends with LIMIT: the runner appends its own"),
                Arguments.of(VALID.replace("SELECT count(*) AS affected FROM dossier d",
                                "WITH x AS (SELECT 1) SELECT count(*) AS affected FROM dossier d"),
                        "field 'sql.summary': expected one SELECT statement (no CTE"),
                Arguments.of(VALID.replace("AS affected", "AS n"),
                        "field 'sql.summary': expected a query returning a column named 'affected'"),
                Arguments.of(VALID.replace("{period_start}\n", "{period_start};\n"),
                        "field 'sql.summary': expected one statement without ';'"),
                Arguments.of(VALID.replace("[dossier_code, source_system]", "[dossier_code, dossier_code]"),
                        "field 'columns': column 'dossier_code' is listed twice"),
                Arguments.of(VALID.replace("    sql:\n", "    sql:\n      spark:\n        summary: SELECT 1 AS affected\n"),
                        "field 'sql.why': engine-specific SQL needs a reason"),
                Arguments.of(VALID.replace("    sql:\n", "    sql:\n      why: because\n"),
                        "field 'sql.why': there is no engine-specific SQL (sql.spark, sql.clickhouse) to explain"),
                Arguments.of(VALID.replace("    sql:\n", "    sql:\n      duckdb:\n        summary: SELECT 1 AS affected\n"),
                        "field 'sql.duckdb': unknown field; expected clickhouse, details, spark, summary, why"),
                Arguments.of(VALID + VALID.replace("checks:\n", ""),
                        "test.yaml, check 'ended-early', field 'id': the id is used by an earlier check"),
                Arguments.of("checks:\n  - just text\n", "test.yaml, check #1: expected a mapping of columns,"),
                Arguments.of("check: []\n", "test.yaml: expected a mapping with the one key 'checks'"),
                Arguments.of("checks: [\n", "test.yaml: not valid YAML:"));
    }

    @ParameterizedTest
    @MethodSource("brokenChecks")
    void anInvalidCheckIsRefusedNamingTheCheckAndTheField(String yaml, String message) {
        assertThatThrownBy(() -> QualityChecks.parse(yaml, "test.yaml"))
                .isInstanceOf(InvalidCheckException.class)
                .hasMessageContaining(message);
    }

    @Test
    void anUnknownCheckIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> QualityChecks.parse(VALID, "test.yaml").get("ended-late"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown check 'ended-late'; the checks are ended-early");
    }

    @Test
    void placeholdersBecomeTheEnginesLiteralsOfThePeriodAndToday() {
        String sql = "x >= {period_start} AND x < {period_end} AND d BETWEEN {period_from} AND {period_to}"
                + " AND y >= {tomorrow_start} AND z <= {today}";
        Placeholders.Literals literals = new Placeholders.Literals() {
            @Override
            public String date(LocalDate day) {
                return "D(" + day + ")";
            }

            @Override
            public String timestamp(LocalDateTime time) {
                return "T(" + time + ")";
            }
        };

        assertThat(Placeholders.render(sql, CheckScope.of(Period.month(2025, 2)), LocalDate.of(2025, 3, 31), literals))
                .isEqualTo("x >= T(2025-02-01T00:00) AND x < T(2025-03-01T00:00) AND d BETWEEN D(2025-02-01) AND "
                        + "D(2025-02-28) AND y >= T(2025-04-01T00:00) AND z <= D(2025-03-31)");
    }
}

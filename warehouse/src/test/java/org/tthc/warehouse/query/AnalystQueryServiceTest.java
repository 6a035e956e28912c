package org.tthc.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationKind;
import org.tthc.domain.organisation.OrganisationView;
import org.tthc.domain.period.Period;
import org.tthc.domain.rating.RatingLevel;
import org.tthc.domain.rating.RatingRecord;
import org.tthc.domain.statistics.PeriodStatistics;
import org.tthc.warehouse.clickhouse.ClickHouseEngine;
import org.tthc.warehouse.clickhouse.ClickHouseMirror;
import org.tthc.warehouse.clickhouse.ClickHouseServerEngine;
import org.tthc.warehouse.clickhouse.SharedChdb;
import org.tthc.warehouse.clickhouse.TestSettings;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.EmptyWarehouses;
import org.tthc.warehouse.delta.IngestBatch;
import org.tthc.warehouse.spark.SharedSpark;
import org.tthc.warehouse.statistics.GoldStatistics;

/**
 * Analysts' SQL through {@link AnalystQueryService} on the three engines (Spark, the ClickHouse 18.16 server, chDB)
 * over the same small warehouse, mirrored into ClickHouse: hostile statements are refused with the guard's message
 * on each, legitimate queries give the same rows on each, and the engine-side row and time limits hold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystQueryServiceTest {
    private static final String SOURCE = "portal-lite";
    private static final String PROVINCE = "000.00.00.H01";
    private static final String DISTRICT = "000.00.02.H01";
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2025, 4, 1, 8, 30);
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(60), 1000);
    private static final Period APRIL = Period.month(2025, 4);
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 15);

    private Path root;
    private DeltaWarehouse warehouse;
    private ClickHouseServerEngine server;
    private final Map<String, AnalystQueryService> services = new LinkedHashMap<>();
    private Map<String, PeriodStatistics> aprilInGold;

    @BeforeAll
    void warehouseMirroredIntoBothClickHouseEngines() throws Exception {
        root = Files.createTempDirectory("analyst-query-test");
        warehouse = EmptyWarehouses.create(SharedSpark.session(), root);
        warehouse.upsertOrganisations(List.of(
                new Organisation(PROVINCE, "Tỉnh", 1, OrganisationKind.PROVINCE, null, null, null),
                new Organisation(DISTRICT, "Huyện", 2, OrganisationKind.DISTRICT, PROVINCE, null, null)));
        IngestBatch batch = warehouse.openBatch("b1");
        batch.addDossiers(List.of(dossier("A-1", StatusCode.FINISHED), dossier("A-2", StatusCode.PROCESSING),
                dossier("A-3", StatusCode.PROCESSING), dossier("A-4", StatusCode.ACCEPTED),
                dossier("A-5", StatusCode.RESULT_RETURNED)));
        batch.addEvents(List.of(event("A-1", "e1", StatusCode.ACCEPTED), event("A-1", "e2", StatusCode.FINISHED),
                event("A-2", "e3", StatusCode.PROCESSING)));
        batch.addRatings(List.of(
                new RatingRecord(SOURCE, "A-1", DISTRICT, RECEIVED.plusDays(3), RatingLevel.VERY_SATISFIED, 2, 2, 1,
                        2, null),
                new RatingRecord(SOURCE, "A-5", DISTRICT, RECEIVED.plusDays(5), RatingLevel.NOT_SATISFIED, 0, 1, 2,
                        0, null)));
        batch.commit();
        Clock clock = Clock.fixed(Instant.parse("2025-05-15T03:00:00Z"), ZoneOffset.UTC);
        aprilInGold = new GoldStatistics(warehouse, clock).recompute(List.of(APRIL), TODAY,
                OrganisationView.AS_REPORTED).get(APRIL);
        server = TestSettings.server();
        services.put("spark", new SparkAnalystQueryService(warehouse, LIMITS));
        for (ClickHouseEngine engine : List.of(server, SharedChdb.engine())) {
            new ClickHouseMirror(warehouse, engine, message -> { }).mirrorAll();
        }
        services.put("server", new ClickHouseAnalystQueryService(server, LIMITS, TestSettings.analystDatabase()));
        services.put("chdb", new ClickHouseAnalystQueryService(SharedChdb.engine(), LIMITS));
    }

    @AfterAll
    void closeServer() {
        server.close();
    }

    /** Every hostile statement on every engine, with a part of the message the analyst must see. */
    Stream<Arguments> hostileStatements() {
        List<String[]> statements = List.of(
                new String[] {"DROP TABLE dossier", "\"DROP\" at character 1 changes tables or views"},
                new String[] {"SELECT 1; DROP TABLE dossier", "\"DROP\" at character 11 starts a second statement"},
                new String[] {"SELECT * FROM dossier /* ; */ ; TRUNCATE TABLE dossier",
                        "starts a second statement"},
                new String[] {"INSERT INTO dossier SELECT * FROM dossier", "\"INSERT\" at character 1 changes data"},
                new String[] {"WITH x AS (SELECT 1 AS a) INSERT INTO event SELECT * FROM x", "changes data"},
                new String[] {"ALTER TABLE dossier DELETE WHERE 1 = 1", "changes tables or views"},
                new String[] {"SET max_result_rows = 0", "\"SET\" at character 1 controls the engine"},
                new String[] {"USE default", "controls the engine or the session"},
                new String[] {"SYSTEM SHUTDOWN", "controls the engine or the session"},
                new String[] {"KILL QUERY WHERE 1 = 1", "controls the engine or the session"},
                new String[] {"EXPLAIN SELECT 1", "shows engine internals"},
                new String[] {"SELECT * FROM dossier INTO OUTFILE '/tmp/x.tsv'", "would write the result somewhere"},
                new String[] {"SELECT * FROM dossier SETTINGS max_execution_time = 0",
                        "could override the row and time limits"},
                new String[] {"SELECT * FROM dossier FORMAT JSON", "the service chooses the output format"},
                new String[] {"SELECT * FROM file('/etc/passwd', 'CSV', 'line String')", "reads files, URLs"},
                new String[] {"SELECT * FROM url('http://example.com/x.csv', CSV, 'a String')", "reads files, URLs"},
                new String[] {"SELECT * FROM s3('https://bucket.s3.amazonaws.com/x.csv')", "reads files, URLs"},
                new String[] {"SELECT * FROM remote('127.0.0.1', system.one)", "reaches tables, databases"},
                new String[] {"SELECT * FROM mysql('db:3306', 'crm', 'citizen', 'u', 'p')", "reaches tables"},
                new String[] {"SELECT * FROM jdbc('jdbc:postgresql://db/crm', 'SELECT 1')", "reaches tables"},
                new String[] {"SELECT * FROM executable('cat /etc/passwd', 'TSV', 'x String')", "runs code"},
                new String[] {"SELECT reflect('java.lang.System', 'exit', 0)", "runs code"},
                new String[] {"SELECT sleep(3)", "only makes the engine wait"},
                new String[] {"SELECT dictGet('citizen', 'phone', toUInt64(1))", "reaches tables"},
                new String[] {"SELECT input_file_name() FROM dossier", "reads files"},
                new String[] {"SELECT * FROM system.tables", "\"system.tables\" at character 15"},
                new String[] {"SELECT * FROM default.dossier",
                        "\"default.dossier\" at character 15 names a table in another database or catalogue"},
                new String[] {"SELECT * FROM quarantine",
                        "\"quarantine\" at character 15 is not an analyst view or a name defined earlier in WITH"},
                new String[] {"SELECT * FROM parquet.`/etc`", "\"parquet.`/etc`\" at character 15 reads files directly"},
                new String[] {"SELECT TRANSFORM(dossier_code) USING 'cat' FROM dossier", "TRANSFORM … USING 'script'"},
                new String[] {"SELECT dossier_code FROM dossier WHERE dossier_code IN quarantine", "quarantine"});
        List<Arguments> all = new ArrayList<>();
        for (String engine : List.of("spark", "server", "chdb")) {
            for (String[] statement : statements) {
                all.add(Arguments.of(engine, statement[0], statement[1]));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileStatements")
    void hostileStatementsAreRefusedWithAClearMessage(String engine, String sql, String message) {
        assertThatThrownBy(() -> services.get(engine).run(sql))
                .isInstanceOf(QueryRefusedException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark", "server", "chdb"})
    void theAnalystViewsAnswerLikeTheSilverTables(String engine) {
        AnalystQueryService service = services.get(engine);

        QueryResult dossiers = service.run("SELECT dossier_code, status, received_at FROM dossier "
                + "WHERE status = 4 ORDER BY dossier_code;");
        assertThat(dossiers.columns()).extracting(QueryResult.Column::name)
                .containsExactly("dossier_code", "status", "received_at");
        assertThat(dossiers.rows()).containsExactly(
                List.of(DISTRICT + "-A-2", "4", "2025-04-01 08:30:00"),
                List.of(DISTRICT + "-A-3", "4", "2025-04-01 08:30:00"));
        assertThat(dossiers.truncated()).isFalse();
        assertThat(dossiers.engine()).isEqualTo(service.engine());

        // JOIN … USING and a subquery rather than WITH name AS (…): ClickHouse 18.16 has no common table expressions
        QueryResult eventsPerOrganisation = service.run("""
                SELECT handling_org_code, sum(n) AS events
                FROM dossier
                JOIN (SELECT source_system, dossier_code, count(*) AS n FROM event
                      GROUP BY source_system, dossier_code) AS e
                USING (source_system, dossier_code)
                GROUP BY handling_org_code""");
        assertThat(eventsPerOrganisation.rows()).containsExactly(List.of(DISTRICT, "3"));
        assertThat(service.run("SELECT name FROM org WHERE code = '" + DISTRICT + "'").rows())
                .containsExactly(List.of("Huyện"));

        assertThat(service.run("SELECT count(*) AS n FROM org_succession").rows()).containsExactly(List.of("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark", "server", "chdb"})
    void theRatingViewShowsOneRowPerRatingWithItsScoresAndNoBookkeeping(String engine) {
        AnalystQueryService service = services.get(engine);

        QueryResult ratings = service.run("""
                SELECT dossier_code, handling_org_code, overall, indicator_1, indicator_3, indicator_4, indicator_7
                FROM rating
                ORDER BY dossier_code""");

        assertThat(ratings.rows()).containsExactly(List.of("A-1", DISTRICT, "1", "2", "2", "1", "2"),
                List.of("A-5", DISTRICT, "3", "0", "1", "2", "0"));
        assertThat(service.views().get(5).columns()).extracting(QueryResult.Column::name)
                .contains("dossier_code", "handling_org_code", "rated_at", "overall", "indicator_7")
                .doesNotContain("batch_id", "version_updated_at");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark", "server", "chdb"})
    void thePeriodStatisticsViewShowsTheGoldTable(String engine) {
        AnalystQueryService service = services.get(engine);

        QueryResult april = service.run("""
                SELECT org_code, total, new_reception, total_solved, total_pending, rule_set, period_from, as_of,
                       computed_on
                FROM period_statistics
                WHERE period_key = '2025-04' AND view = 'as-reported'
                ORDER BY org_code""");

        assertThat(aprilInGold).containsKeys(PROVINCE, DISTRICT);
        List<List<String>> expected = aprilInGold.values().stream()
                .sorted(Comparator.comparing(PeriodStatistics::orgCode))
                .map(s -> List.of(s.orgCode(), Long.toString(s.total()), Long.toString(s.newReception()),
                        Long.toString(s.totalSolved()), Long.toString(s.totalPending()), s.ruleSet(), "2025-04-01",
                        "2025-04-30", TODAY.toString()))
                .toList();
        assertThat(april.rows()).containsExactlyElementsOf(expected);
        assertThat(april.rows()).extracting(row -> row.get(1)).contains("5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark", "server", "chdb"})
    void internalColumnsAreNotInTheDossierView(String engine) {
        AnalystQueryService service = services.get(engine);
        assertThatThrownBy(() -> service.run("SELECT content_hash FROM dossier"))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("content_hash");
        List<AnalystQueryService.ViewDescription> views = service.views();
        assertThat(views).extracting(AnalystQueryService.ViewDescription::name)
                .containsExactly("dossier", "event", "org", "org_succession", "period_statistics", "rating");
        assertThat(views.get(4).columns()).extracting(QueryResult.Column::name)
                .contains("period_key", "view", "org_code", "total", "pending_late", "source_versions");
        assertThat(views.get(0).columns()).extracting(QueryResult.Column::name)
                .contains("dossier_code", "handling_org_code", "received_month")
                .doesNotContain("content_hash", "batch_id", "version_updated_at", "version_record_time");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark", "server", "chdb"})
    void aResultOverTheRowLimitIsCut(String engine) {
        AnalystQueryService service = withLimits(engine, new QueryLimits(Duration.ofSeconds(60), 3));
        QueryResult result = service.run("SELECT dossier_code FROM dossier ORDER BY dossier_code");
        assertThat(result.truncated()).isTrue();
        assertThat(result.rows()).containsExactly(List.of(DISTRICT + "-A-1"), List.of(DISTRICT + "-A-2"),
                List.of(DISTRICT + "-A-3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spark", "server", "chdb"})
    void aQueryOverTheTimeLimitIsStopped(String engine) {
        AnalystQueryService service = withLimits(engine, new QueryLimits(Duration.ofSeconds(1), 10));
        String endless = engine.equals("spark")
                ? "SELECT sum(a.id % 7) AS s FROM range(1000000000) a CROSS JOIN range(1000000000) b"
                : "SELECT sum(number % 7) AS s FROM numbers(100000000000)";
        long started = System.nanoTime();
        assertThatThrownBy(() -> service.run(endless))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("ran longer than the limit of 1 s")
                .matches(e -> ((QueryFailedException) e).timedOut());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    private AnalystQueryService withLimits(String engine, QueryLimits limits) {
        return switch (engine) {
            case "spark" -> new SparkAnalystQueryService(warehouse, limits);
            case "server" -> new ClickHouseAnalystQueryService(server, limits, TestSettings.analystDatabase());
            default -> new ClickHouseAnalystQueryService(SharedChdb.engine(), limits);
        };
    }

    private static DossierRecord dossier(String code, StatusCode status) {
        return new DossierRecord(SOURCE, DISTRICT + "-" + code, "1.001", "Thủ tục", "LV1", "Lĩnh vực",
                Channel.ONLINE, null, "Hồ sơ " + code, DISTRICT, "Huyện", RECEIVED, RECEIVED.plusDays(10), status,
                null, null, List.of(), null, RECEIVED.plusDays(1));
    }

    private static DossierEvent event(String code, String id, StatusCode status) {
        return new DossierEvent(SOURCE, DISTRICT + "-" + code, id, RECEIVED.plusHours(1), status, "cb1", null,
                null, null, null, null);
    }
}

package org.tthc.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;
import org.tthc.api.control.ControlProperties;
import org.tthc.api.ingest.PushProperties;
import org.tthc.api.national.NationalProperties;
import org.tthc.api.national.StatisticsPushProperties;
import org.tthc.api.national.dossier.DossierSyncProperties;
import org.tthc.api.portal.PortalProperties;
import org.tthc.api.security.ApiRole;
import org.tthc.api.security.ApiSecurityProperties;

/** Pins every default and property name of the configuration areas (the Trino config-test habit). */
class PropertiesDefaultsTest {

    @Test
    void warehouseDefaultsAreTheEmbeddedOnes() {
        WarehouseProperties p = bind("tthc.warehouse", WarehouseProperties.class, Map.of());
        assertThat(p.dataDir()).isEqualTo(Path.of("./data").normalize());
        assertThat(p.warehouseRoot()).isEqualTo(Path.of("data/warehouse"));
        assertThat(p.sparkMaster()).isEqualTo("local[2]");
        assertThat(p.shufflePartitions()).isEqualTo(4);
    }

    @Test
    void warehousePropertiesBindByTheirDocumentedNames() {
        WarehouseProperties p = bind("tthc.warehouse", WarehouseProperties.class, Map.of(
                "tthc.warehouse.data-dir", "/srv/tthc",
                "tthc.warehouse.spark-master", "spark://10.0.0.5:7077",
                "tthc.warehouse.shuffle-partitions", "64"));
        assertThat(p.dataDir()).isEqualTo(Path.of("/srv/tthc"));
        assertThat(p.sparkMaster()).isEqualTo("spark://10.0.0.5:7077");
        assertThat(p.shufflePartitions()).isEqualTo(64);
    }

    @Test
    void ingestionDefaultsGenerateTheSampleProvinceOnFirstStart() {
        IngestionProperties p = bind("tthc.ingestion", IngestionProperties.class, Map.of());
        assertThat(p.sourceSystem()).isEqualTo("packet-files");
        assertThat(p.sampleOnFirstStart()).isTrue();
        assertThat(p.sampleDossiers()).isEqualTo(60000);
        assertThat(p.sampleMonths()).isEqualTo(18);
        assertThat(p.sampleSeed()).isEqualTo(42L);
        assertThat(p.piiKey()).as("empty: the installation's generated key file").isEmpty();
    }

    @Test
    void pushDefaultsAllowNoSourceAndTenMegabytes() {
        PushProperties p = bind("tthc.ingestion.push", PushProperties.class, Map.of());
        assertThat(p.sources()).as("no source may push until one is configured").isEmpty();
        assertThat(p.maxBody()).isEqualTo(DataSize.ofMegabytes(10));
    }

    @Test
    void pushPropertiesBindByTheirDocumentedNames() {
        String hash = "a".repeat(64);
        PushProperties p = bind("tthc.ingestion.push", PushProperties.class, Map.of(
                "tthc.ingestion.push.sources.motcua-hcm.key-sha256", hash,
                "tthc.ingestion.push.max-body", "2MB"));
        assertThat(p.sources()).containsExactly(Map.entry("motcua-hcm", new PushProperties.Source(hash)));
        assertThat(p.maxBody()).isEqualTo(DataSize.ofMegabytes(2));
    }

    @Test
    void ingestionPropertiesBindByTheirDocumentedNames() {
        IngestionProperties p = bind("tthc.ingestion", IngestionProperties.class, Map.of(
                "tthc.ingestion.source-system", "mot-cua-tinh",
                "tthc.ingestion.sample-on-first-start", "false",
                "tthc.ingestion.sample-dossiers", "1000",
                "tthc.ingestion.sample-months", "3",
                "tthc.ingestion.sample-seed", "7",
                "tthc.ingestion.pii-key", "a2V5"));
        assertThat(p).isEqualTo(new IngestionProperties("mot-cua-tinh", false, 1000, 3, 7L, "a2V5"));
    }

    @Test
    void clickHouseIsOffByDefault() {
        ClickHouseProperties p = bind("tthc.clickhouse", ClickHouseProperties.class, Map.of());
        assertThat(p.enabled()).isFalse();
        assertThat(p.url()).isEmpty();
        assertThat(p.user()).isEqualTo("default");
        assertThat(p.password()).isEmpty();
        assertThat(p.chdbLibrary()).isEmpty();
        assertThat(p.queryTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.maxResultRows()).isEqualTo(10_000);
        assertThat(p.analystUser()).as("analysts' queries run as the main user").isEmpty();
        assertThat(p.analystPassword()).isEmpty();
        assertThat(p.separateAnalystUser()).isFalse();
        assertThat(p.retryInterval()).isEqualTo(Duration.ofSeconds(5))
                .isEqualTo(ClickHouseProperties.DEFAULT_RETRY_INTERVAL);
    }

    @Test
    void clickHousePropertiesBindByTheirDocumentedNames() {
        ClickHouseProperties p = bind("tthc.clickhouse", ClickHouseProperties.class, Map.of(
                "tthc.clickhouse.url", "jdbc:clickhouse://10.0.0.7:8123/tthc",
                "tthc.clickhouse.user", "tthc",
                "tthc.clickhouse.password", "s3cret",
                "tthc.clickhouse.chdb-library", "/opt/chdb/libchdb.so",
                "tthc.clickhouse.query-timeout", "2m",
                "tthc.clickhouse.max-result-rows", "500",
                "tthc.clickhouse.analyst-user", "analyst",
                "tthc.clickhouse.analyst-password", "r3ad",
                "tthc.clickhouse.retry-interval", "30s"));
        assertThat(p).isEqualTo(new ClickHouseProperties("jdbc:clickhouse://10.0.0.7:8123/tthc", "tthc", "s3cret",
                "/opt/chdb/libchdb.so", Duration.ofMinutes(2), 500, "analyst", "r3ad", Duration.ofSeconds(30)));
        assertThat(p.separateAnalystUser()).isTrue();
        assertThat(p.serverConfigured()).isTrue();
        assertThat(p.chdbConfigured()).as("a server URL wins over the in-process engine").isFalse();
    }

    @Test
    void theServersAddressInLogsLeavesOutTheUrlsParameters() {
        ClickHouseProperties p = bind("tthc.clickhouse", ClickHouseProperties.class,
                Map.of("tthc.clickhouse.url", "jdbc:clickhouse://10.0.0.7:8123/tthc?ssl=true&password=s3cret"));
        assertThat(p.serverAddress()).isEqualTo("jdbc:clickhouse://10.0.0.7:8123/tthc");
    }

    @Test
    void chdbServesWhenOnlyItsLibraryIsConfigured() {
        ClickHouseProperties p = bind("tthc.clickhouse", ClickHouseProperties.class,
                Map.of("tthc.clickhouse.chdb-library", "/opt/chdb/libchdb.so"));
        assertThat(p.enabled()).isTrue();
        assertThat(p.chdbConfigured()).isTrue();
    }

    @Test
    void portalDefaultsAreTheEmbeddedStoreWithTheDemoSeed() {
        PortalProperties p = bind("tthc.portal", PortalProperties.class, Map.of());
        assertThat(p.datasource()).isEqualTo(new PortalProperties.Datasource("", "", ""));
        assertThat(p.maxDocument()).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(p.demoSeed()).isTrue();
    }

    @Test
    void portalPropertiesBindByTheirDocumentedNames() {
        PortalProperties p = bind("tthc.portal", PortalProperties.class, Map.of(
                "tthc.portal.datasource.url", "jdbc:postgresql://db:5432/portal",
                "tthc.portal.datasource.user", "portal",
                "tthc.portal.datasource.password", "secret",
                "tthc.portal.max-document", "25MB",
                "tthc.portal.demo-seed", "false"));
        assertThat(p).isEqualTo(new PortalProperties(
                new PortalProperties.Datasource("jdbc:postgresql://db:5432/portal", "portal", "secret"),
                DataSize.ofMegabytes(25), false));
    }

    @Test
    void nationalSyncIsOffByDefaultWithTheDocumentedDefaults() {
        NationalProperties p = bind("tthc.national", NationalProperties.class, Map.of());
        assertThat(p.enabled()).isFalse();
        assertThat(p.baseUrl()).isEmpty();
        assertThat(p.clientId()).isEmpty();
        assertThat(p.clientSecret()).isEmpty();
        assertThat(p.tokenPath()).isEqualTo("/token");
        assertThat(p.statisticsPath()).isEqualTo("/Statistic/UpdateStatistic");
        assertThat(p.votesPath()).isEqualTo("/Vote/UpdateVote");
        assertThat(p.dossierPath()).isEqualTo("/DongBoHoSoMC");
        assertThat(p.progressPath()).isEqualTo("/CapNhatTienDoHoSoMC");
        assertThat(p.dossierPackets()).isEqualTo("dvcqg");
        assertThat(p.syncDocumentPath()).isEqualTo("/Document/SyncDocument");
        assertThat(p.documentTracesPath()).isEqualTo("/Document/UpdateDocumentTraces");
        assertThat(p.format()).isEqualTo("json");
        assertThat(p.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.maxAttempts()).isEqualTo(10);
        assertThat(p.initialBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.backoffMultiplier()).isEqualTo(2.0);
        assertThat(p.maxBackoff()).isEqualTo(Duration.ofHours(6));
        assertThat(p.jitter()).isEqualTo(0.5);
        assertThat(p.graceDay()).isEqualTo(5);
        assertThat(p.trustStore()).isEmpty();
        assertThat(p.trustStorePassword()).isEmpty();
        assertThat(p.pollInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void scheduledNationalQueueingIsOffByDefaultWithTheDocumentedCrons() {
        DossierSyncProperties dossiers = bind("tthc.national.dossier-sync", DossierSyncProperties.class, Map.of());
        assertThat(dossiers.enabled()).isFalse();
        assertThat(dossiers.cron()).isEqualTo("0 */5 * * * *");
        StatisticsPushProperties statistics = bind("tthc.national.statistics-push", StatisticsPushProperties.class,
                Map.of());
        assertThat(statistics.enabled()).isFalse();
        assertThat(statistics.cron()).isEqualTo("0 0 6 * * *");
    }

    @Test
    void scheduledNationalQueueingBindsByItsDocumentedNames() {
        DossierSyncProperties dossiers = bind("tthc.national.dossier-sync", DossierSyncProperties.class, Map.of(
                "tthc.national.dossier-sync.enabled", "true", "tthc.national.dossier-sync.cron", "0 * * * * *"));
        assertThat(dossiers.enabled()).isTrue();
        assertThat(dossiers.cron()).isEqualTo("0 * * * * *");
        StatisticsPushProperties statistics = bind("tthc.national.statistics-push", StatisticsPushProperties.class,
                Map.of("tthc.national.statistics-push.enabled", "true",
                        "tthc.national.statistics-push.cron", "0 30 7 * * *"));
        assertThat(statistics.enabled()).isTrue();
        assertThat(statistics.cron()).isEqualTo("0 30 7 * * *");
    }

    @Test
    void nationalPropertiesBindByTheirDocumentedNames() {
        NationalProperties p = bind("tthc.national", NationalProperties.class, Map.ofEntries(
                Map.entry("tthc.national.base-url", "https://lgsp.example.gov.vn/api"),
                Map.entry("tthc.national.client-id", "tinh-h99"),
                Map.entry("tthc.national.client-secret", "secret"),
                Map.entry("tthc.national.token-path", "/oauth/token"),
                Map.entry("tthc.national.statistics-path", "/Statistic/UpdateStatistic2"),
                Map.entry("tthc.national.votes-path", "/Vote/UpdateVote2"),
                Map.entry("tthc.national.dossier-packets", "lgsp"),
                Map.entry("tthc.national.sync-document-path", "/lgsp/Document/SyncDocument"),
                Map.entry("tthc.national.document-traces-path", "/lgsp/Document/UpdateDocumentTraces"),
                Map.entry("tthc.national.format", "xml"),
                Map.entry("tthc.national.read-timeout", "5s"),
                Map.entry("tthc.national.max-attempts", "4"),
                Map.entry("tthc.national.initial-backoff", "1m"),
                Map.entry("tthc.national.grace-day", "10"),
                Map.entry("tthc.national.trust-store", "/etc/tthc/portal.p12"),
                Map.entry("tthc.national.poll-interval", "30s")));
        assertThat(p.enabled()).isTrue();
        assertThat(p.baseUrl()).isEqualTo("https://lgsp.example.gov.vn/api");
        assertThat(p.clientId()).isEqualTo("tinh-h99");
        assertThat(p.clientSecret()).isEqualTo("secret");
        assertThat(p.tokenPath()).isEqualTo("/oauth/token");
        assertThat(p.statisticsPath()).isEqualTo("/Statistic/UpdateStatistic2");
        assertThat(p.votesPath()).isEqualTo("/Vote/UpdateVote2");
        assertThat(p.dossierPackets()).isEqualTo("lgsp");
        assertThat(p.syncDocumentPath()).isEqualTo("/lgsp/Document/SyncDocument");
        assertThat(p.documentTracesPath()).isEqualTo("/lgsp/Document/UpdateDocumentTraces");
        assertThat(p.format()).isEqualTo("xml");
        assertThat(p.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.maxAttempts()).isEqualTo(4);
        assertThat(p.initialBackoff()).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.graceDay()).isEqualTo(10);
        assertThat(p.trustStore()).isEqualTo("/etc/tthc/portal.p12");
        assertThat(p.pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.toString()).doesNotContain("secret");
    }

    @Test
    void anUnknownDossierPacketsValueIsRefusedNamingTheKeyAndTheAllowedValues() {
        assertThatThrownBy(() -> bind("tthc.national", NationalProperties.class,
                Map.of("tthc.national.dossier-packets", "lgsp2018")))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tthc.national.dossier-packets must be dvcqg or lgsp, was 'lgsp2018'");
    }

    @Test
    void theControlDatabaseIsTheEmbeddedOneByDefault() {
        ControlProperties p = bind("tthc.control", ControlProperties.class, Map.of());
        assertThat(p.datasource().url()).isEmpty();
        ControlProperties pg = bind("tthc.control", ControlProperties.class, Map.of(
                "tthc.control.datasource.url", "jdbc:postgresql://db:5432/tthc",
                "tthc.control.datasource.user", "tthc",
                "tthc.control.datasource.password", "pw"));
        assertThat(pg.datasource()).isEqualTo(new ControlProperties.Datasource("jdbc:postgresql://db:5432/tthc",
                "tthc", "pw"));
    }

    @Test
    void apiSecurityHasJwtOffAndRoomyRateLimitsByDefault() {
        ApiSecurityProperties p = bind("tthc.security", ApiSecurityProperties.class, Map.of());
        assertThat(p.jwt()).isEqualTo(new ApiSecurityProperties.Jwt("", "", "roles", Map.of(), "org"));
        assertThat(p.jwt().enabled()).isFalse();
        assertThat(p.rateLimits()).isEqualTo(new ApiSecurityProperties.RateLimits(60, Duration.ofMinutes(1), 120,
                Duration.ofMinutes(1)));
    }

    @Test
    void apiSecurityBindsTheProvidersAndTheLimits() {
        ApiSecurityProperties p = bind("tthc.security", ApiSecurityProperties.class, Map.of(
                "tthc.security.jwt.issuer-uri", "https://sso.example.vn/realms/tthc",
                "tthc.security.jwt.jwk-set-uri", "https://sso.example.vn/realms/tthc/certs",
                "tthc.security.jwt.roles-claim", "realm_access.roles",
                "tthc.security.jwt.role-mapping.tthc-analyst", "analyst",
                "tthc.security.jwt.org-claim", "ma_don_vi",
                "tthc.security.rate-limits.query-capacity", "10",
                "tthc.security.rate-limits.query-period", "30s",
                "tthc.security.rate-limits.push-capacity", "500",
                "tthc.security.rate-limits.push-period", "1h"));
        assertThat(p.jwt()).isEqualTo(new ApiSecurityProperties.Jwt("https://sso.example.vn/realms/tthc",
                "https://sso.example.vn/realms/tthc/certs", "realm_access.roles",
                Map.of("tthc-analyst", ApiRole.ANALYST), "ma_don_vi"));
        assertThat(p.jwt().enabled()).isTrue();
        assertThat(p.rateLimits()).isEqualTo(new ApiSecurityProperties.RateLimits(10, Duration.ofSeconds(30), 500,
                Duration.ofHours(1)));
    }

    private static <T> T bind(String prefix, Class<T> type, Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
    }
}

package org.tthc.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tthc.api.ApiTestData;
import org.tthc.api.security.ApiAccount;
import org.tthc.api.security.ApiAccounts;
import org.tthc.api.security.ApiRole;
import org.tthc.ingestion.ledger.IngestRun;
import org.tthc.ingestion.ledger.RunLedger;
import org.tthc.ingestion.portal.PortalPull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The run history over real HTTP, and the scheduled portal-lite pull at a short interval. The pull reads an empty
 * in-memory portal database of its own, so the shared sample warehouse gains runs but no records; the context is
 * closed afterwards so that its schedule stops with this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class IngestionRunsEndpointTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void everySecondAgainstAnEmptyPortal(DynamicPropertyRegistry registry) {
        ApiTestData.register(registry);
        registry.add("tthc.ingestion.portal-pull.cron", () -> "* * * * * *");
        registry.add("tthc.portal.datasource.url", () -> "jdbc:h2:mem:runs-endpoint-test;DB_CLOSE_DELAY=-1;MODE=PostgreSQL"
                + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("tthc.portal.datasource.user", () -> "sa");
        registry.add("tthc.portal.demo-seed", () -> "false");
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    RunLedger ledger;

    @Autowired
    ApiAccounts accounts;

    /** The demo data is off here, so the operator is added for the test. */
    @BeforeEach
    void signInAsAnOperator() {
        accounts.add(new ApiAccount("operator.test", ApiRole.OPERATOR, null), "operator-password");
        http = http.withBasicAuth("operator.test", "operator-password");
    }

    @Test
    void theScheduleRunsPortalPullsOneAtATime() throws Exception {
        List<IngestRun> pulls = awaitPortalRuns(2, Duration.ofSeconds(300));

        assertThat(pulls).allSatisfy(run -> {
            assertThat(run.sourceSystem()).isEqualTo(PortalPull.SOURCE_SYSTEM);
            assertThat(run.status().value()).isEqualTo("succeeded");
        });
        for (int i = 1; i < pulls.size(); i++) {
            assertThat(pulls.get(i - 1).startedAt()).as("runs do not overlap")
                    .isAfterOrEqualTo(pulls.get(i).endedAt());
        }
    }

    @Test
    void runsAreServedNewestFirstAPageAtATime() throws Exception {
        awaitPortalRuns(3, Duration.ofSeconds(300));
        List<IngestRun> all = ledger.runs();

        ResponseEntity<String> first = http.getForEntity("/api/ingestion/runs?page=0&size=2", String.class);
        ResponseEntity<String> second = http.getForEntity("/api/ingestion/runs?page=1&size=2", String.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode page0 = JSON.readTree(first.getBody());
        JsonNode page1 = JSON.readTree(second.getBody());
        assertThat(page0.get("size").asInt()).isEqualTo(2);
        assertThat(page0.get("total").asInt()).isGreaterThanOrEqualTo(all.size());
        assertThat(page0.get("runs")).hasSize(2);
        assertThat(page0.get("runs").get(0).get("runId").asText()).startsWith("run-");
        assertThat(page0.get("runs").get(0).get("source").asText()).isNotBlank();
        assertThat(page0.get("runs").get(0).get("startedAt").asText())
                .isGreaterThanOrEqualTo(page0.get("runs").get(1).get("startedAt").asText());
        assertThat(page1.get("runs").get(0).get("startedAt").asText())
                .isLessThanOrEqualTo(page0.get("runs").get(1).get("startedAt").asText());
        assertThat(http.getForEntity("/api/ingestion/runs?size=0", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theQuarantineIsListed() {
        ResponseEntity<String> response = http.getForEntity("/api/quarantine?limit=5", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).startsWith("[");
    }

    private List<IngestRun> awaitPortalRuns(int count, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (true) {
            List<IngestRun> pulls = ledger.runs().stream()
                    .filter(r -> r.source().equals("portal") && r.endedAt() != null).toList();
            if (pulls.size() >= count || Instant.now().isAfter(until)) {
                assertThat(pulls).as("scheduled portal pulls within " + timeout).hasSizeGreaterThanOrEqualTo(count);
                return pulls;
            }
            Thread.sleep(500);
        }
    }
}

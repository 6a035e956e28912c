package org.tthc.api.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;
import org.tthc.api.security.ApiDemoAccounts;
import org.tthc.api.security.ApiRole;
import org.tthc.domain.period.Period;
import org.tthc.warehouse.quality.CheckResult;
import org.tthc.warehouse.quality.GateDecision;
import org.tthc.warehouse.quality.QualityCheck;
import org.tthc.warehouse.quality.QualityChecks;
import org.tthc.warehouse.quality.QualityGate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/quality} and {@code /api/quality/checks/{id}} read the runs stored in {@code gold/quality_result}:
 * the run after the sample's load, and a period's run made here through the app's own gate.
 */
class QualityEndpointTest extends ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Period AUGUST = Period.month(2025, 8);

    @Autowired
    QualityGate gate;

    @Test
    void theWholeWarehouseShowsTheRunAfterTheLastLoadWithEveryCheckAndNoGate() throws Exception {
        ResponseEntity<String> response = get(ApiRole.ANALYST, "/api/quality");

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode run = JSON.readTree(response.getBody());
        assertThat(run.get("scope").asText()).isEqualTo("all");
        assertThat(run.get("runId").asText()).startsWith("quality-");
        assertThat(run.get("batchId").isNull()).as("the run after a load names its batch").isFalse();
        assertThat(run.get("checks").findValuesAsText("check"))
                .containsExactlyElementsOf(QualityChecks.bundled().all().stream().map(QualityCheck::id).toList());
        assertThat(run.get("gate").isNull()).isTrue();
    }

    @Test
    void aPeriodShowsItsLatestStoredRunAndTheGatesDecisionOnIt() throws Exception {
        GateDecision decision = gate.check(AUGUST);

        JsonNode run = JSON.readTree(get(ApiRole.OPERATOR, "/api/quality?period=" + AUGUST).getBody());

        assertThat(run.get("scope").asText()).isEqualTo("2025-08");
        assertThat(run.get("runId").asText()).isEqualTo(decision.run().runId());
        for (CheckResult expected : decision.run().results()) {
            JsonNode result = find(run.get("checks"), expected.checkId());
            assertThat(result.get("severity").asText()).isEqualTo(expected.severity().label());
            assertThat(result.get("affected").isNull() ? null : result.get("affected").asLong())
                    .as(expected.checkId()).isEqualTo(expected.affected());
            assertThat(JSON.convertValue(result.get("samples"), List.class)).isEqualTo(expected.samples());
            assertThat(result.get("finding").asBoolean()).isEqualTo(expected.isFinding());
        }
        assertThat(run.get("gate").get("allowed").asBoolean()).isEqualTo(decision.allowed());
        assertThat(run.get("gate").get("summary").asText()).isEqualTo(decision.summary());
    }

    @Test
    void aChecksDetailsGiveItsDefinitionItsResultAndTheFirstRowsItFindsNow() throws Exception {
        gate.check(AUGUST);
        QualityCheck check = QualityChecks.bundled().all().get(0);

        ResponseEntity<String> response = get(ApiRole.ADMIN, "/api/quality/checks/" + check.id() + "?period="
                + AUGUST + "&limit=2");

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode details = JSON.readTree(response.getBody());
        assertThat(details.get("check").asText()).isEqualTo(check.id());
        assertThat(details.get("severity").asText()).isEqualTo(check.severity().label());
        assertThat(details.get("explanation").asText()).isEqualTo(check.explanation());
        assertThat(JSON.convertValue(details.get("columns"), List.class)).isEqualTo(check.columns());
        assertThat(details.get("rows").size()).isLessThanOrEqualTo(2);
        long affected = details.get("result").get("affected").asLong();
        assertThat(details.get("rows").size()).isEqualTo((int) Math.min(affected, 2));
        assertThat(details.get("truncated").asBoolean()).isEqualTo(affected >= 2);
    }

    @Test
    void aPeriodNeverCheckedIsANotFoundProblemThatSaysHowToCheckIt() {
        ResponseEntity<String> response = get(ApiRole.ANALYST, "/api/quality?period=2019-01");

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains("./tthc quality --period 2019-01");
    }

    @Test
    void anUnknownCheckIsANotFoundProblemNamingTheKnownOnes() {
        ResponseEntity<String> response = get(ApiRole.ANALYST, "/api/quality/checks/no-such-check");

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).contains("no-such-check", QualityChecks.bundled().all().get(0).id());
    }

    @Test
    void aScopedAnalystIsRefusedBecauseTheResultsCoverEveryOrganisation() {
        ResponseEntity<String> response = as(ApiDemoAccounts.JUSTICE_ANALYST).exchange("/api/quality",
                HttpMethod.GET, new HttpEntity<>(jsonHeaders()), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody()).contains("Organisation out of scope", ApiDemoAccounts.JUSTICE_DEPARTMENT);
    }

    private ResponseEntity<String> get(ApiRole role, String path) {
        return as(role).exchange(path, HttpMethod.GET, new HttpEntity<>(jsonHeaders()), String.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return headers;
    }

    private static JsonNode find(JsonNode checks, String id) {
        for (JsonNode check : checks) {
            if (check.get("check").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no result of check " + id + " in " + checks);
    }
}

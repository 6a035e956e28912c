package org.tthc.api.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/statistics/packets}: the MStatistic packets of a period as queued in the app's outbox, payloads
 * exactly as sent, limited to a scoped user's subtree. March 2025 is a month no other test queues.
 */
class SubmittedPacketsEndpointTest extends ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JUSTICE = ApiDemoAccounts.JUSTICE_DEPARTMENT;
    /** The city's office of the People's Committee: outside the justice analyst's scope. */
    private static final String OFFICE_OF_THE_COMMITTEE = "000.00.01.H97";
    private static final Instant NOW = Instant.parse("2025-04-05T01:00:00Z");

    @Autowired
    Outbox outbox;

    @Test
    void listsThePeriodsPacketsNewestFirstWithTheirPayloadsAsSent() throws Exception {
        OutboxPacket justice = TestPackets.statistics(JUSTICE, 3, 1);
        OutboxPacket office = TestPackets.statistics(OFFICE_OF_THE_COMMITTEE, 3, 2);
        long justiceId = outbox.enqueue(justice, NOW).entry().id();
        long officeId = outbox.enqueue(office, NOW).entry().id();

        JsonNode answer = JSON.readTree(get(ApiRole.OFFICE, "/api/statistics/packets?period=2025-03").getBody());

        assertThat(answer.get("period").asText()).isEqualTo("2025-03");
        List<Long> ids = answer.get("packets").findValues("id").stream().map(JsonNode::asLong).toList();
        assertThat(ids).containsSubsequence(officeId, justiceId);
        JsonNode first = answer.get("packets").get(ids.indexOf(officeId));
        assertThat(first.get("orgCode").asText()).isEqualTo(OFFICE_OF_THE_COMMITTEE);
        assertThat(first.get("payload").asText()).isEqualTo(office.payload());
        assertThat(first.get("ruleSet").asText()).isEqualTo("R2025.1");
        assertThat(first.get("tableVersions").get("dossier").asLong()).isEqualTo(12);
        assertThat(first.get("status").asText()).isNotBlank();

        JsonNode onlyJustice = JSON.readTree(get(ApiRole.ADMIN, "/api/statistics/packets?period=2025-03&org=" + JUSTICE)
                .getBody());
        assertThat(onlyJustice.get("packets").findValuesAsText("orgCode")).containsOnly(JUSTICE);
    }

    @Test
    void onePayloadComesWithTheMediaTypeItWasSentAs() {
        OutboxPacket justice = TestPackets.statistics(JUSTICE, 3, 1);
        long id = outbox.enqueue(justice, NOW).entry().id();

        ResponseEntity<String> response = get(ApiRole.OFFICE, "/api/statistics/packets/" + id);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).hasToString("application/json");
        assertThat(response.getBody()).isEqualTo(justice.payload());
        StatisticsPacket packet = new StatisticsPacketCodec().fromJson(response.getBody()).get(0);
        assertThat(packet.organisationCode()).isEqualTo(JUSTICE);
    }

    @Test
    void aScopedUserSeesOnlyThePacketsOfTheirSubtree() {
        long justiceId = outbox.enqueue(TestPackets.statistics(JUSTICE, 3, 1), NOW).entry().id();
        long officeId = outbox.enqueue(TestPackets.statistics(OFFICE_OF_THE_COMMITTEE, 3, 2), NOW).entry().id();
        // an office clerk of the justice department (a scoped user of the office role, added by the admin)
        ResponseEntity<String> added = as(ApiRole.ADMIN).exchange("/api/users/vanphong.tuphap", HttpMethod.PUT,
                new HttpEntity<>("{\"role\": \"office\", \"org\": \"" + JUSTICE + "\", \"password\": \""
                        + ApiDemoAccounts.PASSWORD + "\"}", jsonBody()), String.class);
        assertThat(added.getStatusCode().is2xxSuccessful()).as(added.getBody()).isTrue();

        ResponseEntity<String> list = as("vanphong.tuphap").exchange("/api/statistics/packets?period=2025-03",
                HttpMethod.GET, new HttpEntity<>(accept()), String.class);
        ResponseEntity<String> other = as("vanphong.tuphap").exchange("/api/statistics/packets/" + officeId,
                HttpMethod.GET, new HttpEntity<>(accept()), String.class);

        assertThat(list.getBody()).contains("\"id\":" + justiceId).doesNotContain(OFFICE_OF_THE_COMMITTEE);
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(other.getBody()).contains("Organisation out of scope");
        ResponseEntity<String> otherOrganisation = as("vanphong.tuphap").exchange(
                "/api/statistics/packets?period=2025-03&org=" + OFFICE_OF_THE_COMMITTEE, HttpMethod.GET,
                new HttpEntity<>(accept()), String.class);
        assertThat(otherOrganisation.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void anUnknownPacketIsNotFoundAndABadPeriodIsABadRequest() {
        assertThat(get(ApiRole.OFFICE, "/api/statistics/packets/999999999").getStatusCode().value()).isEqualTo(404);
        assertThat(get(ApiRole.OFFICE, "/api/statistics/packets?period=2025-13").getStatusCode().value())
                .isEqualTo(400);
    }

    private ResponseEntity<String> get(ApiRole role, String path) {
        return as(role).exchange(path, HttpMethod.GET, new HttpEntity<>(accept()), String.class);
    }

    private static HttpHeaders accept() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return headers;
    }

    private static HttpHeaders jsonBody() {
        HttpHeaders headers = accept();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}

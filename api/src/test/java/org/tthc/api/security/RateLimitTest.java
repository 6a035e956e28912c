package org.tthc.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;
import org.tthc.api.ingest.PushController;

/**
 * {@code POST /api/query} is limited per user and the push per source system: the request after the bucket's
 * capacity is a 429 problem with {@code Retry-After}, and another user (or source) is not affected. The requests
 * are refused cheaply by the endpoints themselves, so only the limits are measured.
 */
class RateLimitTest extends ApiTest {
    @Autowired
    ApiAccounts accounts;

    @Test
    void queriesAreLimitedPerUser() {
        accounts.add(new ApiAccount("rate.limited", ApiRole.ANALYST, null), "rate-limited-password");
        TestRestTemplate client = http.withBasicAuth("rate.limited", "rate-limited-password");

        for (int i = 0; i < RATE_LIMIT; i++) {
            assertThat(query(client).getStatusCode().value()).as("query %d", i + 1).isEqualTo(400);
        }
        ResponseEntity<String> refused = query(client);

        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.getBody()).contains("\"status\":429", "query-capacity");
        assertThat(query(as(ApiRole.ANALYST)).getStatusCode().value()).as("another user").isEqualTo(400);
    }

    @Test
    void pushesAreLimitedPerSourceSystem() {
        for (int i = 0; i < RATE_LIMIT; i++) {
            assertThat(push(RATE_LIMITED_KEY).getStatusCode().value()).as("push %d", i + 1).isEqualTo(400);
        }
        ResponseEntity<String> refused = push(RATE_LIMITED_KEY);

        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(refused.getBody()).contains("\"status\":429", "push-capacity");
        assertThat(push("not-a-key").getStatusCode().value()).as("an unknown key is the push's own 401")
                .isEqualTo(401);
    }

    private static ResponseEntity<String> query(TestRestTemplate client) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return client.postForEntity("/api/query", new HttpEntity<>("DROP TABLE dossier", headers), String.class);
    }

    /** A push with an over-long Idempotency-Key: refused (400) before its body is read. */
    private ResponseEntity<String> push(String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(PushController.API_KEY_HEADER, apiKey);
        headers.set("Idempotency-Key", "k".repeat(201));
        return http.postForEntity("/api/ingest/packets", new HttpEntity<>("{}", headers), String.class);
    }
}

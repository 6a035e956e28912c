package org.tthc.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;
import org.tthc.api.security.ApiRole;

/** {@code POST /api/query} and {@code GET /api/query/views} on the default engine (Spark), as an analyst. */
class QueryEndpointTest extends ApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aQueryAsTextReturnsColumnsAndRowsAsJson() {
        ResponseEntity<Map> response = post(
                "SELECT count(*) AS n, 'a,b' AS t FROM dossier WHERE dossier_code = 'no such code'",
                MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = response.getBody();
        assertThat((List<Map<String, String>>) body.get("columns")).extracting(column -> column.get("name"))
                .containsExactly("n", "t");
        assertThat(body.get("rows")).isEqualTo(List.of(List.of("0", "a,b")));
        assertThat(body.get("truncated")).isEqualTo(false);
        assertThat((String) body.get("engine")).startsWith("Spark");
    }

    @Test
    void aQueryAsJsonReturnsCsvWhenAsked() {
        ResponseEntity<String> response = post(
                "{\"sql\": \"SELECT count(*) AS n, 'a,b' AS t FROM org WHERE code = 'no such code'\"}",
                MediaType.APPLICATION_JSON, MediaType.parseMediaType("text/csv"), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEqualTo("n,t\r\n0,\"a,b\"\r\n");
    }

    @Test
    void aRefusedQueryIsAProblemDetailWithTheTokenAndPosition() {
        ResponseEntity<Map> response = post("SELECT * FROM dossier; DROP TABLE dossier",
                MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("title", "Query refused")
                .containsEntry("token", "DROP")
                .containsEntry("position", 24);
        assertThat((String) response.getBody().get("detail")).contains("\"DROP\" at character 24",
                "only one statement");
    }

    @Test
    void theViewsAreListedWithTheirColumns() {
        ResponseEntity<String> response = as(ApiRole.ANALYST).getForEntity("/api/query/views", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"name\":\"dossier\"", "\"name\":\"org_succession\"",
                "\"name\":\"period_statistics\"", "\"name\":\"rating\"", "\"name\":\"handling_org_code\"").doesNotContain("content_hash", "quarantine");
    }

    private <T> ResponseEntity<T> post(String body, MediaType contentType, MediaType accept, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(contentType);
        headers.setAccept(List.of(accept));
        return as(ApiRole.ANALYST).exchange("/api/query", HttpMethod.POST, new HttpEntity<>(body, headers), type);
    }
}

package org.tthc.api.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;
import org.tthc.api.ApiTestData;
import org.tthc.api.security.ApiDemoAccounts;
import org.tthc.domain.catalogue.ProceduresJson;
import org.tthc.domain.procedure.Procedure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** {@code GET /api/procedures[/{code}]}: the sample's catalogue as loaded, a page at a time, the same for everyone. */
class ProceduresEndpointTest extends ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyProcedureOfTheSampleCatalogueIsListedInCodeOrderWithItsFields() throws Exception {
        List<JsonNode> all = all(ApiDemoAccounts.ANALYST);
        List<Procedure> sample = ProceduresJson.read(ApiTestData.folder().resolve("sample").resolve("procedures.json"));

        List<String> codes = all.stream().map(p -> p.get("code").asText()).toList();
        assertThat(codes).isSorted().doesNotHaveDuplicates();
        for (Procedure expected : sample) {
            assertThat(codes).contains(expected.code());
            JsonNode row = all.get(codes.indexOf(expected.code()));
            assertThat(row.get("name").asText()).isEqualTo(expected.name());
            assertThat(row.get("onlineServiceLevel").asInt()).isEqualTo(expected.onlineServiceLevel());
            assertThat(row.get("processingTime").asInt()).isEqualTo(expected.processingTime());
            assertThat(row.get("processingTimeUnit").asText()).isEqualTo(expected.processingTimeUnit().name());
        }
    }

    @Test
    void pagesCutTheSameListAndAPagePastTheEndIsEmpty() throws Exception {
        JsonNode first = page(ApiDemoAccounts.ANALYST, "?size=4");
        JsonNode second = page(ApiDemoAccounts.ANALYST, "?page=1&size=2");
        JsonNode pastTheEnd = page(ApiDemoAccounts.ANALYST, "?page=1000000&size=2");

        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(4);
        List<String> codes = first.get("procedures").findValuesAsText("code");
        assertThat(codes).hasSize(4);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("procedures").findValuesAsText("code")).isEqualTo(codes.subList(2, 4));
        int total = first.get("total").asInt();
        assertThat(second.get("total").asInt()).isEqualTo(total);
        assertThat(pastTheEnd.get("procedures").size()).isZero();
        assertThat(pastTheEnd.get("total").asInt()).isEqualTo(total);
    }

    @Test
    void aSizeOutsideTheLimitsIsABadRequest() {
        ResponseEntity<String> response = get(ApiDemoAccounts.ANALYST, "/api/procedures?size=0");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains("size 1 to 500");
    }

    @Test
    void oneProcedureByItsCodeAndAnUnknownCodeIsNotFound() throws Exception {
        JsonNode first = page(ApiDemoAccounts.ANALYST, "?size=1").get("procedures").get(0);

        ResponseEntity<String> one = get(ApiDemoAccounts.ANALYST, "/api/procedures/" + first.get("code").asText());
        ResponseEntity<String> unknown = get(ApiDemoAccounts.ANALYST, "/api/procedures/1.000000.000.00.00.H00");

        assertThat(JSON.readTree(one.getBody())).isEqualTo(first);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).contains("Unknown procedure");
    }

    @Test
    void aScopedAnalystSeesTheWholeCatalogue() throws Exception {
        assertThat(all(ApiDemoAccounts.JUSTICE_ANALYST)).isEqualTo(all(ApiDemoAccounts.ANALYST));
    }

    /** Every page of the largest size, walked until {@code total}: the whole catalogue. */
    private List<JsonNode> all(String user) throws Exception {
        List<JsonNode> procedures = new ArrayList<>();
        int total;
        int page = 0;
        do {
            JsonNode answer = page(user, "?size=500&page=" + page++);
            answer.get("procedures").forEach(procedures::add);
            total = answer.get("total").asInt();
        } while (procedures.size() < total && page < 100);
        assertThat(procedures).hasSize(total);
        return procedures;
    }

    private JsonNode page(String user, String query) throws Exception {
        ResponseEntity<String> response = get(user, "/api/procedures" + query);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}

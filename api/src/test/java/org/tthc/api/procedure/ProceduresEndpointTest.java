package org.tthc.api.procedure;

import static org.assertj.core.api.Assertions.assertThat;

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
        JsonNode page = page(ApiDemoAccounts.ANALYST, "?size=500");
        List<Procedure> sample = ProceduresJson.read(ApiTestData.folder().resolve("sample").resolve("procedures.json"));

        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(500);
        assertThat(page.get("total").asInt()).isEqualTo(page.get("procedures").size());
        List<String> codes = page.get("procedures").findValuesAsText("code");
        assertThat(codes).isSorted().doesNotHaveDuplicates();
        for (Procedure expected : sample) {
            JsonNode row = page.get("procedures").get(codes.indexOf(expected.code()));
            assertThat(row).as(expected.code()).isNotNull();
            assertThat(row.get("name").asText()).isEqualTo(expected.name());
            assertThat(row.get("onlineServiceLevel").asInt()).isEqualTo(expected.onlineServiceLevel());
            assertThat(row.get("processingTime").asInt()).isEqualTo(expected.processingTime());
            assertThat(row.get("processingTimeUnit").asText()).isEqualTo(expected.processingTimeUnit().name());
        }
    }

    @Test
    void pagesCutTheSameListAndAPagePastTheEndIsEmpty() throws Exception {
        JsonNode all = page(ApiDemoAccounts.ANALYST, "?size=500");
        JsonNode second = page(ApiDemoAccounts.ANALYST, "?page=1&size=2");
        JsonNode pastTheEnd = page(ApiDemoAccounts.ANALYST, "?page=1000&size=2");

        List<String> codes = all.get("procedures").findValuesAsText("code");
        assertThat(codes).hasSizeGreaterThan(4);
        assertThat(second.get("procedures").findValuesAsText("code")).isEqualTo(codes.subList(2, 4));
        assertThat(second.get("total").asInt()).isEqualTo(codes.size());
        assertThat(pastTheEnd.get("procedures").size()).isZero();
        assertThat(pastTheEnd.get("total").asInt()).isEqualTo(codes.size());
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
        assertThat(page(ApiDemoAccounts.JUSTICE_ANALYST, "?size=500"))
                .isEqualTo(page(ApiDemoAccounts.ANALYST, "?size=500"));
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

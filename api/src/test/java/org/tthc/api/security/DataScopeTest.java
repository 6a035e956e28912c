package org.tthc.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tthc.api.ApiTest;
import org.tthc.domain.packet.StatisticsPacket;
import org.tthc.domain.packet.StatisticsPacketCodec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * An analyst bound to the sample city's Department of Justice sees that department's subtree only, in statistics
 * and organisations; another organisation is a 403 problem. An unscoped analyst sees everything.
 */
class DataScopeTest extends ApiTest {
    private static final String JUSTICE = ApiDemoAccounts.JUSTICE_DEPARTMENT;
    /** The city's office of the People's Committee: outside the justice analyst's scope. */
    private static final String OFFICE_OF_THE_COMMITTEE = "000.00.01.H97";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StatisticsPacketCodec codec = new StatisticsPacketCodec();

    @Test
    void aScopedAnalystAskingForNoOrganisationGetsTheirOwnPacket() {
        ResponseEntity<String> response = get(ApiDemoAccounts.JUSTICE_ANALYST, "/api/statistics?period=2025-10");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        List<StatisticsPacket> packets = codec.fromJson(response.getBody());
        assertThat(packets).extracting(StatisticsPacket::organisationCode).containsExactly(JUSTICE);
    }

    @Test
    void aScopedAnalystGetsTheirOrganisationsPacketAndAForbiddenProblemForAnother() {
        assertThat(get(ApiDemoAccounts.JUSTICE_ANALYST, "/api/statistics?period=2025-10&org=" + JUSTICE)
                .getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> other = get(ApiDemoAccounts.JUSTICE_ANALYST,
                "/api/statistics?period=2025-10&org=" + OFFICE_OF_THE_COMMITTEE);
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(other.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(other.getBody()).contains("Organisation out of scope", OFFICE_OF_THE_COMMITTEE, JUSTICE);
    }

    @Test
    void aScopedAnalystListsOnlyTheOrganisationsOfTheirSubtree() throws Exception {
        JsonNode scoped = JSON.readTree(get(ApiDemoAccounts.JUSTICE_ANALYST, "/api/organisations").getBody());
        JsonNode all = JSON.readTree(get(ApiDemoAccounts.ANALYST, "/api/organisations").getBody());

        List<String> scopedCodes = scoped.findValuesAsText("code");
        assertThat(scopedCodes).contains(JUSTICE).doesNotContain(OFFICE_OF_THE_COMMITTEE);
        assertThat(all.findValuesAsText("code")).contains(JUSTICE, OFFICE_OF_THE_COMMITTEE)
                .hasSizeGreaterThan(scopedCodes.size());
        assertThat(get(ApiDemoAccounts.JUSTICE_ANALYST, "/api/organisations/" + OFFICE_OF_THE_COMMITTEE)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(get(ApiDemoAccounts.ANALYST, "/api/organisations/" + OFFICE_OF_THE_COMMITTEE)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anUnknownOrganisationIsANotFoundProblem() {
        ResponseEntity<String> response = get(ApiDemoAccounts.ANALYST, "/api/organisations/000.00.00.H01");

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private ResponseEntity<String> get(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
